package cache

import "syscall"

func sysStat(sys any) (inode, changeNano int64) {
	st, ok := sys.(*syscall.Stat_t)
	if !ok {
		return 0, 0
	}
	return int64(st.Ino), st.Ctim.Nano()
}
