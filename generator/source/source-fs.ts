// The preprocessor reads files only through this interface: the CLI passes the real disk, tests pass a Map.

export interface SourceFs {
  /** undefined when the path is not a readable regular file. */
  readFile(path: string): string | undefined;
  isFile(path: string): boolean;
}

export function memorySourceFs(files: Record<string, string>): SourceFs {
  return {
    readFile: (p) => files[p],
    isFile: (p) => Object.prototype.hasOwnProperty.call(files, p),
  };
}
