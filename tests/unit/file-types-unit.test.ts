import { describe, expect, it } from "vitest";
import { detectFileType } from "../../worker/lib/file-types";

const bytes = (...parts: (string | number[])[]) => {
  const out: number[] = [];
  for (const p of parts) out.push(...(typeof p === "string" ? [...p].map((ch) => ch.charCodeAt(0)) : p));
  return new Uint8Array(out);
};
/** A ZIP local file header whose first entry is `name`. */
const zipWith = (name: string) => {
  const header = new Array<number>(30).fill(0);
  header.splice(0, 4, 0x50, 0x4b, 0x03, 0x04);
  header[26] = name.length; // file name length, little-endian, at offset 26
  return bytes(header, name);
};

describe("detectFileType", () => {
  it("recognises accepted files by their content", () => {
    expect(detectFileType(bytes("%PDF-1.4\n"))?.name).toBe("pdf");
    expect(detectFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])))?.toMatchObject({
      name: "png",
      mime: "image/png",
    });
    expect(detectFileType(bytes([0xff, 0xd8, 0xff, 0xe0])))?.toMatchObject({ name: "jpeg", extension: "jpg" });
    expect(detectFileType(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 "))?.name).toBe("webp");
    expect(detectFileType(zipWith("[Content_Types].xml"))?.name).toBe("docx");
  });

  it("refuses executables, archives and text whatever their name", () => {
    expect(detectFileType(bytes("MZ", [0x90, 0]))).toBeNull(); // Windows PE
    expect(detectFileType(bytes([0x7f], "ELF"))).toBeNull();
    expect(detectFileType(bytes("#!/bin/sh\n"))).toBeNull();
    expect(detectFileType(zipWith("payload.exe"))).toBeNull();
    expect(detectFileType(bytes("RIFF", [1, 2, 3, 4], "WAVE"))).toBeNull();
    expect(detectFileType(new Uint8Array())).toBeNull();
  });
});
