package cmdutil

import (
	"io"
	"os"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
)

// progressDelay is how long work runs before its progress is shown: a
// line that flashes by for a small project is noise.
const progressDelay = time.Second

// Progress returns how long work named what tells its progress: done of
// total steps. It shows a progress line on the error stream only when a
// person is watching it (a terminal, not a CI job) and the work has taken
// longer than a second; the line is cleared when the work ends. Otherwise
// it returns nil, which the work takes as nothing to tell.
func (f *Factory) Progress(what string) func(done, total int) {
	if f.ErrIsTerminal == nil || !f.ErrIsTerminal() || os.Getenv("CI") != "" {
		return nil
	}
	m := &meter{w: f.IO.ErrOut, what: f.T(what), start: f.Now()}
	return m.report
}

// meter draws one progress line once the work is slow enough to need it.
type meter struct {
	mu    sync.Mutex
	w     io.Writer
	what  string
	start time.Time
	bar   *progressbar.ProgressBar
}

func (m *meter) report(done, total int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.bar == nil {
		if done >= total || time.Since(m.start) < progressDelay {
			return
		}
		m.bar = progressbar.NewOptions(total,
			progressbar.OptionSetWriter(m.w),
			progressbar.OptionSetDescription(m.what),
			progressbar.OptionSetWidth(30),
			progressbar.OptionShowCount(),
			progressbar.OptionThrottle(100*time.Millisecond),
			progressbar.OptionClearOnFinish())
	}
	_ = m.bar.Set(done)
	if done >= total {
		_ = m.bar.Finish()
	}
}
