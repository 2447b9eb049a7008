package load

import "io/fs"

// FS loads the project in the folder root; fsys is not read yet.
func FS(_ fs.FS, root string) (*Result, error) { return Dir(root) }
