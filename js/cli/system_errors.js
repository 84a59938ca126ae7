// A file error as the C library words it (strerror), so that the CLI's messages read as the
// native CLI's: "can't open file 'x.py': No such file or directory".
'use strict';

const STRERROR = {
  ENOENT: 'No such file or directory',
  EACCES: 'Permission denied',
  EPERM: 'Operation not permitted',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EROFS: 'Read-only file system',
  ENOSPC: 'No space left on device',
  ENAMETOOLONG: 'File name too long',
  ELOOP: 'Too many levels of symbolic links',
  EMFILE: 'Too many open files',
};

function systemErrorText(err) {
  return STRERROR[err && err.code] || (err && err.message) || String(err);
}

module.exports = { systemErrorText };
