package report

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/brink-ttx/brink/game/bilingual"
	"github.com/brink-ttx/brink/game/journal"
)

// WriteBeside writes the report of the journal at journalPath as Markdown
// and HTML next to it (GAME.md and GAME.html for GAME.jsonl; GAME.zh.md …
// in Chinese) and returns the files written. It never overwrites a file:
// when a name is taken it adds -2, -3, …. It is the scorecard's "save
// report": the journal is the game's own, so a cut-off last line or a
// changed scenario does not stop it (the report says so). resolve finds a
// built-in scenario the journal names.
func WriteBeside(journalPath string, lang bilingual.Lang, resolve journal.Resolver) ([]string, error) {
	lang = lang.Known()
	rb, err := journal.Open(journalPath, true, resolve)
	if err != nil {
		return nil, err
	}
	r := Build(rb, lang)
	base := strings.TrimSuffix(journalPath, filepath.Ext(journalPath))
	if lang != "en" {
		base += "." + string(lang)
	}
	outs := []struct {
		ext  string
		data []byte
	}{{".md", r.Markdown()}, {".html", r.HTML()}}
	for n := 1; n < 1000; n++ {
		stem := base
		if n > 1 {
			stem = fmt.Sprintf("%s-%d", base, n)
		}
		taken := false
		for _, o := range outs {
			if _, err := os.Lstat(stem + o.ext); err == nil {
				taken = true
			}
		}
		if taken {
			continue
		}
		var written []string
		for _, o := range outs {
			p := stem + o.ext
			if err := WriteNew(p, o.data); err != nil {
				for _, q := range written {
					os.Remove(q)
				}
				if errors.Is(err, fs.ErrExist) {
					written = nil
					break // taken in the meantime: try the next name
				}
				return nil, err
			}
			written = append(written, p)
		}
		if written != nil {
			return written, nil
		}
	}
	return nil, zhMsg.Errorf("%s: too many reports beside this journal", journalPath)
}

// WriteNew writes data to a new file at path; it fails if path exists.
func WriteNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
	}
	return err
}
