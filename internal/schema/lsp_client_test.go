package schema_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/textproto"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"
)

// lspClient speaks just enough of the Language Server Protocol (JSON-RPC
// over stdio, Content-Length framed) to ask an editor's YAML server what
// it would show: completions and diagnostics.
type lspClient struct {
	t      *testing.T
	cmd    *exec.Cmd
	in     io.WriteCloser
	mu     sync.Mutex
	nextID int
	wait   map[int]chan json.RawMessage
	diags  chan published
	// gone is closed when the server's output ends: no answer will come.
	gone chan struct{}
	// settings answer the server's workspace/configuration requests.
	settings map[string]any
}

// published is one textDocument/publishDiagnostics notification.
type published struct {
	URI         string       `json:"uri"`
	Diagnostics []diagnostic `json:"diagnostics"`
}

type diagnostic struct {
	Range struct {
		Start struct{ Line, Character int } `json:"start"`
	} `json:"range"`
	Severity int    `json:"severity"` // 1 error, 2 warning
	Message  string `json:"message"`
}

type message struct {
	ID     *json.RawMessage `json:"id,omitempty"`
	Method string           `json:"method,omitempty"`
	Params json.RawMessage  `json:"params,omitempty"`
	Result json.RawMessage  `json:"result,omitempty"`
	Error  *struct {
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// startServer runs the language server until the test ends.
func startServer(t *testing.T, ctx context.Context, path string, settings map[string]any) *lspClient {
	t.Helper()
	cmd := exec.CommandContext(ctx, path, "--stdio")
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	c := &lspClient{t: t, cmd: cmd, in: in, wait: map[int]chan json.RawMessage{}, diags: make(chan published, 64), gone: make(chan struct{}), settings: settings}
	go c.read(bufio.NewReader(out))
	t.Cleanup(func() {
		// Ask politely, then make sure: the test must never hang on it.
		done := make(chan struct{})
		go func() {
			c.call("shutdown", nil)
			c.notify("exit", nil)
			cmd.Wait()
			close(done)
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			cmd.Process.Kill()
		}
	})
	return c
}

// call sends a request and waits for its result.
func (c *lspClient) call(method string, params any) json.RawMessage {
	c.mu.Lock()
	c.nextID++
	id := c.nextID
	ch := make(chan json.RawMessage, 1)
	c.wait[id] = ch
	c.mu.Unlock()
	c.send(map[string]any{"jsonrpc": "2.0", "id": id, "method": method, "params": params})
	select {
	case res := <-ch:
		return res
	case <-c.gone:
		select {
		case res := <-ch: // answered just before it exited
			return res
		default:
			c.t.Errorf("the language server exited before answering %s", method)
			return nil
		}
	case <-time.After(30 * time.Second):
		c.t.Errorf("the language server did not answer %s in 30 s", method)
		return nil
	}
}

func (c *lspClient) notify(method string, params any) {
	c.send(map[string]any{"jsonrpc": "2.0", "method": method, "params": params})
}

func (c *lspClient) send(msg any) {
	data, err := json.Marshal(msg)
	if err != nil {
		c.t.Error(err)
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprintf(c.in, "Content-Length: %d\r\n\r\n%s", len(data), data)
}

// read routes what the server sends: results to their callers,
// diagnostics to the channel, and answers the server's own requests.
func (c *lspClient) read(r *bufio.Reader) {
	defer close(c.gone)
	tp := textproto.NewReader(r)
	for {
		header, err := tp.ReadMIMEHeader()
		if err != nil {
			return
		}
		n, err := strconv.Atoi(header.Get("Content-Length"))
		if err != nil {
			return
		}
		body := make([]byte, n)
		if _, err := io.ReadFull(r, body); err != nil {
			return
		}
		var msg message
		if json.Unmarshal(body, &msg) != nil {
			continue
		}
		c.route(msg)
	}
}

func (c *lspClient) route(msg message) {
	switch {
	case msg.Method == "textDocument/publishDiagnostics":
		var p published
		if json.Unmarshal(msg.Params, &p) == nil {
			c.diags <- p
		}
	case msg.Method != "" && msg.ID != nil:
		c.send(map[string]any{"jsonrpc": "2.0", "id": msg.ID, "result": c.answer(msg)})
	case msg.ID != nil:
		var id int
		if json.Unmarshal(*msg.ID, &id) != nil {
			return
		}
		c.mu.Lock()
		ch := c.wait[id]
		delete(c.wait, id)
		c.mu.Unlock()
		if ch != nil {
			if msg.Error != nil {
				c.t.Errorf("the language server failed: %s", msg.Error.Message)
			}
			ch <- msg.Result
		}
	}
}

// answer is the client's reply to a request of the server: the settings
// asked for, nothing to anything else (registrations, progress).
func (c *lspClient) answer(msg message) any {
	if msg.Method != "workspace/configuration" {
		return nil
	}
	var p struct {
		Items []struct {
			Section string `json:"section"`
		} `json:"items"`
	}
	json.Unmarshal(msg.Params, &p)
	out := make([]any, len(p.Items))
	for i, item := range p.Items {
		out[i] = c.settings[item.Section]
	}
	return out
}
