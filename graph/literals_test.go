package graph_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"actorgraph/graph"
)

// TestNoPredicateLiteralsOutsideGraph: the schema (graph.Schema) is the one
// place that says which predicate holds what, so no other package names a
// predicate by a string of its own. Outside package graph, and outside
// tests, a string literal may not be
//   - a predicate's IRI or any IRI in our or schema.org's namespace (a
//     predicate made by hand), nor a relation predicate's name ("leaderOf":
//     graph.Rel… says it);
//   - in a store (a package under graph/, which reads quads and the
//     catalogue), a predicate's local name ("location", "speaker") compared
//     with a value, as a switch case or as a map key looked up: what a
//     store reads of a node comes from the schema's rows
//     (graph.EventFromSummary, EntityRefFromSummary…).
//
// Elsewhere the local names are ordinary words (a JSON field "name", a
// query parameter "type", the verb "target") and are left alone.
func TestNoPredicateLiteralsOutsideGraph(t *testing.T) {
	iris, local := map[string]bool{}, map[string]bool{}
	for _, p := range graph.Schema {
		iris[p.Predicate] = true
		local[p.Predicate[strings.LastIndexAny(p.Predicate, "#/")+1:]] = true
	}
	relations := map[string]bool{}
	for name := range graph.RelationPredicates {
		iris[graph.PredicateIRI(name)], relations[name] = true, true
	}
	var found []string
	sourcesOutsideGraph(t, func(path string, f *ast.File, fset *token.FileSet) {
		store := strings.HasPrefix(path, filepath.Join("..", "graph")+string(filepath.Separator))
		// looked marks the literals a store compares or looks up with;
		// tags, the struct tags (JSON or YAML names, not predicates).
		looked, tags := map[*ast.BasicLit]bool{}, map[*ast.BasicLit]bool{}
		mark := func(e ast.Expr) {
			if lit, ok := ast.Unparen(e).(*ast.BasicLit); ok {
				looked[lit] = true
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ImportSpec:
				return false // an import path
			case *ast.Field:
				tags[n.Tag] = true
			case *ast.BinaryExpr:
				if n.Op == token.EQL || n.Op == token.NEQ {
					mark(n.X)
					mark(n.Y)
				}
			case *ast.CaseClause:
				for _, e := range n.List {
					mark(e)
				}
			case *ast.IndexExpr:
				mark(n.Index)
			case *ast.BasicLit:
				if n.Kind != token.STRING || tags[n] {
					return true
				}
				v, err := strconv.Unquote(n.Value)
				if err != nil {
					return true
				}
				var why string
				switch {
				case iris[v]:
					why = "a predicate's IRI"
				case strings.HasPrefix(v, graph.VocabNS) || strings.HasPrefix(v, graph.SchemaNS):
					why = "an IRI of the vocabulary made by hand"
				case relations[v]:
					why = "a relation predicate's name (graph.Rel…)"
				case store && local[v] && looked[n]:
					why = "a predicate's local name a store reads by"
				default:
					return true
				}
				found = append(found, fset.Position(n.Pos()).String()+": "+strconv.Quote(v)+": "+why)
			}
			return true
		})
	})
	for _, f := range found {
		t.Errorf("%s; read it through graph.Schema's rows", f)
	}
}

// TestStoreReadersUseSchemaRows: no code outside package graph names a
// predicate constant (graph.Pred…): what a store reads of a node, keeps of
// an article on a rewrite, ranks or compares, it reads through the schema's
// rows (graph.StatementFromNode, EvidenceFromNode, AnchorPredicates,
// ClassPredicate, NamePredicates, ActorCodesFromNode, KeptOnRewrite…), so
// that a row changed in the schema changes them too. Tests may name the
// constants: they check the rows against the vocabulary.
func TestStoreReadersUseSchemaRows(t *testing.T) {
	files := 0
	sourcesOutsideGraph(t, func(path string, f *ast.File, fset *token.FileSet) {
		// The name the file gives the domain package: "graph", or an alias.
		name := ""
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); p == "actorgraph/graph" {
				name = "graph"
				if imp.Name != nil {
					name = imp.Name.Name
				}
			}
		}
		if name == "" {
			return
		}
		files++
		ast.Inspect(f, func(n ast.Node) bool {
			sel, ok := n.(*ast.SelectorExpr)
			if !ok {
				return true
			}
			if x, ok := sel.X.(*ast.Ident); ok && x.Name == name && strings.HasPrefix(sel.Sel.Name, "Pred") {
				t.Errorf("%s: names graph.%s; read it through graph.Schema's rows", fset.Position(sel.Pos()), sel.Sel.Name)
			}
			return true
		})
	})
	if files < 10 {
		t.Errorf("only %d files import actorgraph/graph: the walk is looking in the wrong place", files)
	}
}

// sourcesOutsideGraph parses every Go file of the module outside package
// graph, tests and testdata left out, and hands each to fn with the file
// set its positions are in.
func sourcesOutsideGraph(t *testing.T, fn func(path string, f *ast.File, fset *token.FileSet)) {
	t.Helper()
	fset := token.NewFileSet()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if path != ".." && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules" || d.Name() == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") || filepath.Dir(path) == filepath.Join("..", "graph") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		fn(path, f, fset)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
