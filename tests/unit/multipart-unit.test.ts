import { describe, expect, it } from "vitest";
import { cleanFileName, dispositionOf, PartHeaders } from "../../worker/lib/multipart";

/** A part's Content-Disposition as the multipart reader hands it over. */
const part = (disposition: string) =>
  new PartHeaders(`Content-Disposition: ${disposition}\r\nContent-Type: application/pdf`);

describe("an upload's file name (issue 11 §5: no 5xx on bad input)", () => {
  it("a NUL (or CR, other control, bidi override) in filename is dropped, not a 500", () => {
    // The Fetch Headers class throws on a NUL: the reader no longer builds one from a part.
    expect(() => new Headers({ "content-disposition": 'form-data; filename="a\u0000b.pdf"' })).toThrow();
    expect(dispositionOf(part('form-data; name="file"; filename="pass\u0000port.pdf"'))).toEqual({
      name: "file",
      filename: "passport.pdf",
    });
    expect(cleanFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(cleanFileName("a\rb\u0085c.pdf")).toBe("abc.pdf");
  });

  it("a malformed filename*= falls back to filename, and with none is a 400, never a 500", () => {
    expect(dispositionOf(part(`form-data; name="file"; filename="plain.pdf"; filename*=UTF-8''%E0%A4%A`))).toEqual({
      name: "file",
      filename: "plain.pdf",
    });
    expect(() => dispositionOf(part(`form-data; name="file"; filename*=UTF-8''%E0%A4%A`))).toThrow(
      expect.objectContaining({ status: 400, code: "invalid_input" }),
    );
    expect(() => dispositionOf(part(`form-data; name="file"; filename*=koi8-r''abc`))).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });

  it("reads filename*= (RFC 8187) over filename, and raw UTF-8 in filename (what browsers send)", () => {
    expect(
      dispositionOf(
        part(`form-data; name="file"; filename="Bail _lodie.pdf"; filename*=UTF-8''Bail%20%C3%89lodie.pdf`),
      ),
    ).toEqual({ name: "file", filename: "Bail Élodie.pdf" });
    expect(dispositionOf(part(`form-data; name="file"; filename*=iso-8859-1'fr'%E9t%E9.pdf`)).filename).toBe("été.pdf");
    expect(dispositionOf(part('form-data; name="file"; filename="合同.pdf"')).filename).toBe("合同.pdf");
    expect(dispositionOf(part('form-data; name="kind"'))).toEqual({ name: "kind", filename: null });
  });

  it("keeps the last path segment only, trims, caps the length keeping the extension, never empty", () => {
    expect(cleanFileName("C:\\Users\\rita\\Desktop\\scan.pdf")).toBe("scan.pdf");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("  ..  ")).toBe("file");
    expect(cleanFileName("\u0000")).toBe("file");
    const long = cleanFileName(`${"x".repeat(500)}.pdf`);
    expect(long).toHaveLength(200);
    expect(long.endsWith(".pdf")).toBe(true);
  });
});
