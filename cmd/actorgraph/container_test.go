package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// imageUser is the user the Dockerfile's image runs as (distroless nonroot).
const imageUser = 65532

// TestServesAsTheImageUser starts the binary as the image runs it — as its
// non-root user, with ACTORGRAPH_STORE in an empty data directory that user
// owns, as the Dockerfile prepares /data — and asks it for its health.
func TestServesAsTheImageUser(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary; skipped with -short")
	}
	if os.Geteuid() != 0 {
		t.Skip("needs root to start the binary as the image's user")
	}
	df, err := os.ReadFile(filepath.Join("..", "..", "Dockerfile"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"--chown=65532:65532 /out/data /data", "USER 65532:65532", "ENV ACTORGRAPH_STORE=/data/store",
		`CMD ["/usr/local/bin/actorgraph", "health", "--url", "http://127.0.0.1:8080/api/v1/healthz"]`} {
		if !strings.Contains(string(df), want) {
			t.Fatalf("Dockerfile lacks %q: the test below would not be what the image does", want)
		}
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "actorgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	data := filepath.Join(dir, "data")
	if err := os.Mkdir(data, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{dir, data} {
		if err := os.Chown(p, imageUser, imageUser); err != nil {
			t.Fatal(err)
		}
	}
	for _, p := range []string{dir, filepath.Dir(dir)} { // the image's user must reach the binary
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "serve", "--addr", "127.0.0.1:0")
	cmd.Dir = data
	cmd.Env = []string{"ACTORGRAPH_STORE=" + filepath.Join(data, "store"), "HOME=" + data}
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: imageUser, Gid: imageUser}}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		cmd.Wait()
	}()
	addr := regexp.MustCompile(`serving on http://(\S+)/`)
	sc := bufio.NewScanner(stderr)
	var url string
	for sc.Scan() {
		if m := addr.FindStringSubmatch(sc.Text()); m != nil {
			url = "http://" + m[1]
			break
		}
	}
	if url == "" {
		t.Fatalf("the server did not start as the image's user: %v", sc.Err())
	}
	go func() {
		for sc.Scan() {
		}
	}()
	// the image's health check, run as its user
	check := exec.CommandContext(ctx, bin, "health", "--url", url+"/api/v1/healthz")
	check.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: imageUser, Gid: imageUser}}
	if out, err := check.CombinedOutput(); err != nil {
		t.Errorf("health check: %v\n%s", err, out)
	}
	if _, err := os.Stat(filepath.Join(data, "store")); err != nil {
		t.Errorf("the store was not created in the data directory: %v", err)
	}
}
