package cache

import "io/fs"

// Stat is how a file stands on disk: when two stats are equal and usable,
// the file was not changed between them. The inode and the time of the
// last change of the inode (which no program can set back) are those of
// Unix; elsewhere they are 0 and size and modification time decide.
type Stat struct {
	Size, ModNano, Inode, ChangeNano int64
}

// StatOf is the stat of a file from what fs.Stat says of it.
func StatOf(info fs.FileInfo) Stat {
	st := Stat{Size: info.Size(), ModNano: info.ModTime().UnixNano()}
	st.Inode, st.ChangeNano = sysStat(info.Sys())
	return st
}

// usable reports whether the stat says anything: a file kept without its
// stat (see Pack.Save) is never taken as unchanged.
func (s Stat) usable() bool { return s != Stat{} }

func (s Stat) fields() [4]int64 { return [4]int64{s.Size, s.ModNano, s.Inode, s.ChangeNano} }
