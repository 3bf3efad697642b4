// exifr's "mini" build (JPEG and TIFF parsers only, ~29 KB instead of ~75 KB) ships without its own typings.
declare module "exifr/dist/mini.esm.mjs" {
  export { orientation } from "exifr";
}
