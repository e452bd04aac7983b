package bilingual

import (
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"syscall"
)

// The operating system's errors in Chinese. A path error is said with its
// path and what was being done ("无法打开 x.toml：没有这个文件或目录"), a
// network error with its address, and the reason by its errno, so that the
// Chinese does not depend on the wording of the system's English.

// osZh is e itself in Chinese when it is an error of the operating system,
// the file system or the network.
func osZh(e error) (string, bool) {
	switch e := e.(type) {
	case *fs.PathError:
		if f, ok := zhOps[e.Op]; ok {
			return osCat.Sprintf("zh", f, e.Path, e.Err), true
		}
		return osCat.Sprintf("zh", "%s: %v", e.Path, e.Err), true
	case *os.LinkError:
		if e.Op == "rename" {
			return osCat.Sprintf("zh", "cannot rename %s to %s: %v", e.Old, e.New, e.Err), true
		}
		return osCat.Sprintf("zh", "cannot link %s to %s: %v", e.New, e.Old, e.Err), true
	case *os.SyscallError:
		return Say(e.Err, "zh"), true
	case *net.OpError:
		addr := ""
		if e.Addr != nil {
			addr = e.Addr.String()
		}
		switch {
		case e.Op == "listen" && addr != "":
			return osCat.Sprintf("zh", "cannot listen on %s: %v", addr, e.Err), true
		case e.Op == "listen":
			return osCat.Sprintf("zh", "cannot listen: %v", e.Err), true
		case e.Op == "dial" && addr != "":
			return osCat.Sprintf("zh", "cannot connect to %s: %v", addr, e.Err), true
		}
		return Say(e.Err, "zh"), true
	case *net.AddrError:
		if r, ok := zhAddr[e.Err]; ok {
			return osCat.Sprintf("zh", "address %s: %s", e.Addr, Pair{e.Err, r}), true
		}
		return "", false
	case *net.DNSError:
		switch {
		case e.IsNotFound:
			return osCat.Sprintf("zh", "no host is called %s", e.Name), true
		case e.IsTimeout:
			return osCat.Sprintf("zh", "looking up %s timed out", e.Name), true
		}
		return "", false
	case syscall.Errno:
		if r, ok := zhErrno[e]; ok {
			return r, true
		}
	}
	if errors.Unwrap(e) == nil {
		// A sentinel, or an errno of another system that says what it is
		// (Windows' ERROR_FILE_NOT_FOUND is fs.ErrNotExist).
		for _, s := range sentinels {
			if errors.Is(e, s.err) {
				return s.zh, true
			}
		}
		if z, ok := zhTexts[e.Error()]; ok {
			return z, true
		}
	}
	return "", false
}

// osCat holds the formats the operating system's errors are said with.
var osCat = Catalogue{
	"%s: %v":                           "%s：%v",
	"cannot open %s: %v":               "无法打开 %s：%v",
	"cannot create %s: %v":             "无法创建 %s：%v",
	"cannot create the folder %s: %v":  "无法创建文件夹 %s：%v",
	"cannot read %s: %v":               "无法读取 %s：%v",
	"cannot write %s: %v":              "无法写入 %s：%v",
	"cannot save %s to disk: %v":       "无法把 %s 写入磁盘：%v",
	"cannot close %s: %v":              "无法关闭 %s：%v",
	"cannot remove %s: %v":             "无法删除 %s：%v",
	"cannot read the folder %s: %v":    "无法读取文件夹 %s：%v",
	"cannot shorten %s: %v":            "无法截短 %s：%v",
	"cannot seek in %s: %v":            "无法在 %s 中定位：%v",
	"cannot change the mode of %s: %v": "无法修改 %s 的权限：%v",
	"cannot rename %s to %s: %v":       "无法把 %s 重命名为 %s：%v",
	"cannot link %s to %s: %v":         "无法把 %s 链接到 %s：%v",
	"cannot listen on %s: %v":          "无法监听 %s：%v",
	"cannot listen: %v":                "无法监听：%v",
	"cannot connect to %s: %v":         "无法连接 %s：%v",
	"address %s: %s":                   "地址 %s：%s",
	"no host is called %s":             "找不到主机 %s",
	"looking up %s timed out":          "查找主机 %s 超时",
}

// zhOps are the formats a path error is said with, by its operation.
var zhOps = map[string]string{
	"open":       "cannot open %s: %v",
	"create":     "cannot create %s: %v",
	"mkdir":      "cannot create the folder %s: %v",
	"stat":       "cannot read %s: %v",
	"lstat":      "cannot read %s: %v",
	"read":       "cannot read %s: %v",
	"write":      "cannot write %s: %v",
	"sync":       "cannot save %s to disk: %v",
	"close":      "cannot close %s: %v",
	"remove":     "cannot remove %s: %v",
	"unlinkat":   "cannot remove %s: %v",
	"readdirent": "cannot read the folder %s: %v",
	"readdir":    "cannot read the folder %s: %v",
	"fdopendir":  "cannot read the folder %s: %v",
	"openat":     "cannot read the folder %s: %v",
	"truncate":   "cannot shorten %s: %v",
	"seek":       "cannot seek in %s: %v",
	"chmod":      "cannot change the mode of %s: %v",
}

// zhErrno are the reasons the system gives, by errno.
var zhErrno = map[syscall.Errno]string{
	syscall.ENOENT:        "没有这个文件或目录",
	syscall.EACCES:        "没有权限",
	syscall.EPERM:         "不允许这样操作",
	syscall.EEXIST:        "文件已存在",
	syscall.EISDIR:        "这是一个文件夹",
	syscall.ENOTDIR:       "路径中有一项不是文件夹",
	syscall.ENOTEMPTY:     "文件夹不是空的",
	syscall.ENOSPC:        "磁盘空间不足",
	syscall.EDQUOT:        "超出了磁盘配额",
	syscall.EROFS:         "文件系统是只读的",
	syscall.ENAMETOOLONG:  "文件名太长",
	syscall.ELOOP:         "符号链接层数太多",
	syscall.EMFILE:        "打开的文件太多",
	syscall.ENFILE:        "系统中打开的文件太多",
	syscall.EIO:           "输入输出错误",
	syscall.EXDEV:         "不能跨文件系统移动",
	syscall.EBUSY:         "设备或资源正忙",
	syscall.ETXTBSY:       "文件正在使用中",
	syscall.EFBIG:         "文件太大",
	syscall.EPIPE:         "管道已断开（读取输出的程序已经退出）",
	syscall.EINVAL:        "参数无效",
	syscall.ENOMEM:        "内存不足",
	syscall.ENODEV:        "没有这个设备",
	syscall.ENXIO:         "没有这个设备或地址",
	syscall.EAGAIN:        "资源暂时不可用",
	syscall.EINTR:         "操作被中断",
	syscall.EADDRINUSE:    "地址已被占用",
	syscall.EADDRNOTAVAIL: "本机没有这个地址",
	syscall.ECONNREFUSED:  "连接被拒绝",
	syscall.ECONNRESET:    "连接被对方重置",
	syscall.ENETUNREACH:   "网络不可达",
	syscall.EHOSTUNREACH:  "主机不可达",
	syscall.ETIMEDOUT:     "连接超时",
}

// sentinels are the standard library's errors that say what they are.
var sentinels = []struct {
	err error
	zh  string
}{
	{fs.ErrNotExist, "没有这个文件或目录"},
	{fs.ErrPermission, "没有权限"},
	{fs.ErrExist, "文件已存在"},
	{fs.ErrClosed, "文件已经关闭"},
	{io.ErrUnexpectedEOF, "文件意外结束"},
	{io.ErrShortWrite, "没有写完"},
	{os.ErrDeadlineExceeded, "操作超时"},
	{net.ErrClosed, "连接已经关闭"},
}

// zhAddr are the reasons the net package finds an address wrong.
var zhAddr = map[string]string{
	"missing port in address":       "缺少端口号",
	"too many colons in address":    "冒号太多",
	"missing ']' in address":        "缺少 ']'",
	"unexpected '[' in address":     "多余的 '['",
	"unexpected ']' in address":     "多余的 ']'",
	"unknown port":                  "未知的端口",
	"invalid port":                  "端口号无效",
	"no suitable address found":     "找不到合适的地址",
	"mismatched local address type": "本地地址的类型不匹配",
}

// zhTexts are errors of the standard library and of the SSH key reader
// that have no type to tell them by, by their text.
var zhTexts = map[string]string{
	"$HOME is not defined":                           "没有设置 $HOME",
	"neither $XDG_CONFIG_HOME nor $HOME are defined": "$XDG_CONFIG_HOME 和 $HOME 都没有设置",
	"neither $XDG_CACHE_HOME nor $HOME are defined":  "$XDG_CACHE_HOME 和 $HOME 都没有设置",
	"%LocalAppData% is not defined":                  "没有设置 %LocalAppData%",
	"ssh: no key found":                              "文件中没有 SSH 私钥",
	"ssh: this private key is passphrase protected":  "这个私钥设有口令（主机密钥不能设口令）",
	"ssh: unsupported key type":                      "不支持这种类型的 SSH 密钥",
	"unexpected EOF":                                 "文件意外结束",
}
