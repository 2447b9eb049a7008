// Package version is the `rrp version` command.
package version

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/kraj-hk/rrp/internal/buildinfo"
	"github.com/kraj-hk/rrp/internal/cli/cmdutil"
)

// NewCmdVersion builds the command.
func NewCmdVersion(f *cmdutil.Factory) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: f.T("Print rrp's version and the commit it was built from"),
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			_, err := fmt.Fprintf(f.IO.Out, "rrp %s\n", buildinfo.Read())
			return err
		},
	}
}
