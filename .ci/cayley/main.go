// Command cayley is Cayley's own init, load and http commands, from the
// Cayley module version actorgraph pins, with the backends actorgraph
// compares against registered: bbolt (which Cayley's own command line leaves
// out), leveldb, PostgreSQL (Cayley's postgres flavour, which writes a
// statement per node and per quad) and memory. .ci/bench-cayley.sh builds
// it in a module of its own, so that Cayley's command-line dependencies stay
// out of actorgraph's go.mod.
package main

import (
	"fmt"
	"os"

	"github.com/cayleygraph/cayley/cmd/cayley/command"
	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/spf13/cobra"
	"github.com/spf13/viper"

	_ "github.com/cayleygraph/cayley/graph/kv/bbolt"
	_ "github.com/cayleygraph/cayley/graph/kv/leveldb"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	_ "github.com/cayleygraph/cayley/graph/sql/postgres"
	_ "github.com/cayleygraph/cayley/query/gizmo"
	_ "github.com/cayleygraph/cayley/writer"
	_ "github.com/cayleygraph/quad/nquads"
)

func main() {
	root := &cobra.Command{
		Use:           "cayley",
		SilenceUsage:  true,
		SilenceErrors: true,
		// The commands read their settings from viper; these are the ones
		// the flags below do not reach by themselves.
		PersistentPreRun: func(*cobra.Command, []string) {
			graph.IgnoreDuplicates = viper.GetBool("load.ignore_duplicates")
			quad.DefaultBatch = viper.GetInt(command.KeyLoadBatch)
		},
	}
	root.AddCommand(command.NewInitDatabaseCmd(), command.NewLoadDatabaseCmd(), command.NewHTTPCmd())
	f := root.PersistentFlags()
	f.StringP("db", "d", "memstore", "backend: bbolt, leveldb, postgres or memstore")
	f.StringP("dbpath", "a", "", "directory of the store, or the postgres:// URL")
	f.Int("batch", quad.DefaultBatch, "quads per transaction when loading")
	f.Bool("dup", true, "skip quads already stored when loading")
	f.String("cpuprofile", "", "write a CPU profile here")
	f.String("memprofile", "", "write a memory profile here")
	for key, flag := range map[string]string{
		command.KeyBackend:       "db",
		command.KeyAddress:       "dbpath",
		command.KeyLoadBatch:     "batch",
		"load.ignore_duplicates": "dup",
	} {
		if err := viper.BindPFlag(key, f.Lookup(flag)); err != nil {
			panic(err)
		}
	}
	if err := root.Execute(); err != nil {
		fmt.Fprintln(os.Stderr, "cayley:", err)
		os.Exit(1)
	}
}
