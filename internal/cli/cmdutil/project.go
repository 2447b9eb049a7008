package cmdutil

import (
	"errors"

	"rrp/internal/load"
)

// LoadProject loads the project in dir for a command; a folder that holds
// no project is a usage error.
func LoadProject(dir string) (*load.Result, error) {
	res, err := load.Dir(dir)
	return res, NoProject(err)
}

// NoProject turns load.ErrNoProject into the usage error every command
// gives for it; other errors pass as they are.
func NoProject(err error) error {
	if errors.Is(err, load.ErrNoProject) {
		return Usagef("run rrp in the project's root folder, or pass --dir", "%v", err)
	}
	return err
}
