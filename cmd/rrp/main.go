// Command rrp monitors the outputs of an EU-funded project from a plan and
// records kept as YAML files. All logic lives in internal/.
package main

import (
	"os"

	"github.com/kraj-hk/rrp/internal/cli"
)

func main() { os.Exit(cli.Main()) }
