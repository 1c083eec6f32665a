export interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
}
export declare function zipEntries(file: string): ZipEntry[];
