package main

import (
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// No Docker engine runs where the tests run, so the compose file is checked
// by reading it: the wiring between services, ports, volumes and the store
// URL each app container gets.

type composeFile struct {
	Services map[string]composeService `yaml:"services"`
	Volumes  map[string]any            `yaml:"volumes"`
}

type composeService struct {
	Build       string            `yaml:"build"`
	Image       string            `yaml:"image"`
	Command     []string          `yaml:"command"`
	Entrypoint  []string          `yaml:"entrypoint"`
	Environment map[string]string `yaml:"environment"`
	Ports       []string          `yaml:"ports"`
	Volumes     []string          `yaml:"volumes"`
	Profiles    []string          `yaml:"profiles"`
	DependsOn   map[string]struct {
		Condition string `yaml:"condition"`
	} `yaml:"depends_on"`
}

func readCompose(t *testing.T) composeFile {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "docker-compose.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var c composeFile
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	dec.KnownFields(false)
	if err := dec.Decode(&c); err != nil {
		t.Fatalf("docker-compose.yml does not parse: %v", err)
	}
	return c
}

// flagValue finds --name=value or --name value in a command.
func flagValue(cmd []string, name string) string {
	for i, a := range cmd {
		if v, ok := strings.CutPrefix(a, name+"="); ok {
			return v
		}
		if a == name && i+1 < len(cmd) {
			return cmd[i+1]
		}
	}
	return ""
}

// checkApp checks an app service: it is built from the repo's Dockerfile,
// runs serve on an address whose port is published, and returns its store.
func checkApp(t *testing.T, c composeFile, name string) string {
	t.Helper()
	s, ok := c.Services[name]
	if !ok {
		t.Fatalf("service %q missing", name)
	}
	if s.Build != "." {
		t.Errorf("%s: build = %q, want the repository root with its Dockerfile", name, s.Build)
	}
	if len(s.Command) == 0 || s.Command[0] != "serve" {
		t.Fatalf("%s: command %q does not run serve", name, s.Command)
	}
	addr := flagValue(s.Command, "--addr")
	if !strings.HasPrefix(addr, "0.0.0.0:") {
		t.Errorf("%s: serve --addr %q must listen on all interfaces inside the container", name, addr)
	}
	port := strings.TrimPrefix(addr, "0.0.0.0:")
	published := false
	for _, p := range s.Ports {
		if strings.HasSuffix(p, ":"+port) {
			published = true
		}
	}
	if !published {
		t.Errorf("%s: container port %s is not published (ports %q)", name, port, s.Ports)
	}
	// listening on every interface, serve refuses to start without a
	// token: compose must pass one, and refuse to run without it
	if tok := s.Environment["ACTORGRAPH_TOKEN"]; !strings.HasPrefix(tok, "${ACTORGRAPH_TOKEN:?") {
		t.Errorf("%s: ACTORGRAPH_TOKEN = %q, want it required from the environment (${ACTORGRAPH_TOKEN:?…})", name, tok)
	}
	if _, err := serveTokens(addr, "", "", false); err == nil {
		t.Errorf("%s: serve on %s starts without a token", name, addr)
	}
	store := s.Environment["ACTORGRAPH_STORE"]
	if store == "" {
		t.Fatalf("%s: no ACTORGRAPH_STORE", name)
	}
	return store
}

func TestComposeEmbeddedStoreOnVolume(t *testing.T) {
	c := readCompose(t)
	store := checkApp(t, c, "actorgraph")
	if strings.Contains(store, "://") || store == "memory" {
		t.Fatalf("default app store %q should be the embedded on-disk store", store)
	}
	s := c.Services["actorgraph"]
	onVolume := false
	for _, v := range s.Volumes {
		src, target, _ := strings.Cut(v, ":")
		if strings.HasPrefix(store, strings.TrimSuffix(target, "/")+"/") {
			if _, declared := c.Volumes[src]; !declared {
				t.Errorf("volume %q is used but not declared", src)
			}
			onVolume = true
		}
	}
	if !onVolume {
		t.Errorf("store %q is not inside any mounted volume %q: data would be lost with the container", store, s.Volumes)
	}
}

func TestComposeCockroachProfile(t *testing.T) {
	c := readCompose(t)
	app := c.Services["actorgraph-cockroach"]
	if !slices.Contains(app.Profiles, "cockroach") {
		t.Fatalf("actorgraph-cockroach is not in the cockroach profile: %q", app.Profiles)
	}
	store := checkApp(t, c, "actorgraph-cockroach")
	u, err := url.Parse(store)
	if err != nil {
		t.Fatalf("store URL %q: %v", store, err)
	}
	if u.Scheme != "cockroach" {
		t.Errorf("store URL scheme = %q, want cockroach", u.Scheme)
	}
	db, ok := c.Services[u.Hostname()]
	if !ok {
		t.Fatalf("store URL host %q is not a service", u.Hostname())
	}
	if !slices.Contains(db.Profiles, "cockroach") {
		t.Errorf("database service %q is not in the cockroach profile", u.Hostname())
	}
	listen := flagValue(db.Command, "--listen-addr")
	if !strings.HasSuffix(listen, ":"+u.Port()) {
		t.Errorf("app connects to port %s but %s listens on %q", u.Port(), u.Hostname(), listen)
	}
	// The database the app names must be created before the app starts.
	dbName := strings.TrimPrefix(u.Path, "/")
	created := ""
	for name, s := range c.Services {
		for _, a := range s.Command {
			if m := regexp.MustCompile(`CREATE DATABASE IF NOT EXISTS (\w+)`).FindStringSubmatch(a); m != nil {
				created = name
				if m[1] != dbName {
					t.Errorf("%s creates database %q, app uses %q", name, m[1], dbName)
				}
			}
		}
	}
	if created == "" {
		t.Fatalf("no service creates database %q", dbName)
	}
	if app.DependsOn[created].Condition != "service_completed_successfully" {
		t.Errorf("app must wait for %s to complete, depends_on = %v", created, app.DependsOn)
	}
	if c.Services[created].DependsOn[u.Hostname()].Condition != "service_healthy" {
		t.Errorf("%s must wait for %s to be healthy", created, u.Hostname())
	}
}

func TestDockerfileMatchesCompose(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	df := string(data)
	for _, want := range []string{"EXPOSE 8080", "./cmd/actorgraph", `VOLUME ["/data"]`} {
		if !strings.Contains(df, want) {
			t.Errorf("Dockerfile lacks %q", want)
		}
	}
}
