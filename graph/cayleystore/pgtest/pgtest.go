// Package pgtest gives a test a database of its own on a real PostgreSQL
// server: the store's tests and the end-to-end tests of the commands use
// it, so that creating and dropping one is written once.
package pgtest

import (
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"testing"
)

// FreshDatabase creates an empty database on the server admin is connected
// to, dropped (forcibly) when the test ends, and returns its URL: base with
// the new database's name as its path. Cleanups run in reverse order, so a
// store opened on it afterwards is closed before the drop.
func FreshDatabase(t testing.TB, admin *sql.DB, base string) string {
	t.Helper()
	var b [6]byte
	rand.Read(b[:])
	name := "actorgraph_t_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create test database: %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("drop test database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("parse the PostgreSQL URL %q: %v", base, err)
	}
	u.Path = "/" + name
	return u.String()
}
