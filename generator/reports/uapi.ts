// Which records are user-space ABI: the ones whose layout a 32-bit process on a 64-bit kernel must agree with.
//
// A header is uapi when its path has a `uapi` folder (the kernel's own split: include/uapi/…, and this project's
// headers/uapi/…), or when it is an installed kernel/libdrm header: /usr/include/{linux,asm,asm-generic,drm,libdrm}/,
// the same under a multiarch folder (/usr/include/x86_64-linux-gnu/asm/) or a cross sysroot (/usr/<triple>/include/).
// glibc's own headers under /usr/include are not uapi. A record the dump gives no header for is not uapi.

const INSTALLED = /^\/usr\/(?:[^/]+\/)?include\/(?:[^/]+-linux-[^/]+\/)?(?:linux|asm|asm-generic|drm|libdrm)\//;

export function isUapiHeader(header: string | undefined): boolean {
  if (header === undefined) return false;
  const p = header.replace(/\\/g, '/');
  return p.split('/').includes('uapi') || INSTALLED.test(p);
}
