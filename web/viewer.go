package web

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"net/http"
	"path"
	"time"

	"github.com/gin-gonic/gin"
)

// static holds the viewer: index.html and the bundle that
// `npm --prefix web/viewer run build` writes into static/assets. The bundle
// is committed so the binary builds without Node.
//
//go:embed static
var static embed.FS

// contentSecurityPolicy keeps the viewer to its own origin: it loads
// nothing from elsewhere, and a name in the graph that smuggles markup in
// cannot run a script. Inline styles stay allowed for Cytoscape's canvas.
const contentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
	"object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// asset is one embedded file with the validator browsers revalidate it by;
// asset names carry no content hash, so the ETag does that job.
type asset struct {
	data []byte
	etag string
}

// viewer registers the routes of the browser viewer.
func (s *server) viewer(r *gin.Engine) {
	assets := map[string]asset{}
	err := fs.WalkDir(static, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := static.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		assets[p[len("static"):]] = asset{data: data, etag: `"` + hex.EncodeToString(sum[:16]) + `"`}
		return nil
	})
	if err != nil {
		// The files are compiled in; failing to read them is a broken build.
		panic("web: reading embedded viewer: " + err.Error())
	}
	serve := func(c *gin.Context, name string) error {
		a, ok := assets[name]
		if !ok {
			return notFound("There is no viewer file %s; the viewer is at /.", name)
		}
		c.Header("ETag", a.etag)
		c.Header("Cache-Control", "no-cache")
		c.Header("X-Content-Type-Options", "nosniff")
		c.Header("Content-Security-Policy", contentSecurityPolicy)
		http.ServeContent(c.Writer, c.Request, path.Base(name), time.Time{}, bytes.NewReader(a.data))
		return nil
	}
	r.GET("/", s.handle(func(c *gin.Context) error { return serve(c, "/index.html") }))
	r.GET("/assets/*file", s.handle(func(c *gin.Context) error { return serve(c, "/assets"+c.Param("file")) }))
}
