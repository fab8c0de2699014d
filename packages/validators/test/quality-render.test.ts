// renderQualityReport: one self-contained HTML page in Vietnamese or English, every string escaped,
// no value of any record. Synthetic records and a synthetic document only.
import { describe, expect, it } from "vitest";
import type { PayloadValidator } from "../src/payload/payload-issue.js";
import {
  assessQuality,
  type QualityReport,
  qualityLabels,
  renderQualityReport,
} from "../src/quality/index.js";
import { normalizeVietnamese } from "../src/text/normalize-vietnamese.js";

const EVIL = "<script>alert(1)</script>";
const EVIL_TITLE = `<img src=x onerror="alert('t')">`;
const SCHEMA_ID = "https://schemas.ndcvn.org/test/Person/1.0.0";

// A small document with a hostile property name and title, to prove escaping.
const document = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: SCHEMA_ID,
  title: "Person",
  "x-ndc-label-vi": "Người",
  type: "object",
  required: ["fullName", "personalId"],
  properties: {
    fullName: { type: "string", title: "Full name", "x-ndc-label-vi": "Họ và tên" },
    personalId: { type: "string", title: "Personal ID", "x-ndc-label-vi": "Số định danh" },
    dateOfBirth: { type: "string", title: "Date of birth", "x-ndc-label-vi": "Ngày sinh" },
    [EVIL]: { type: "string", title: EVIL_TITLE, "x-ndc-label-vi": EVIL_TITLE },
    residence: {
      type: "object",
      title: "Residence",
      "x-ndc-label-vi": "Nơi cư trú",
      properties: {
        province: {
          type: "object",
          properties: { code: { type: "string" }, level: { type: "string" }, asOf: {} },
        },
      },
    },
  },
} as const;

// A hostile validator for these tests: a record is valid when it has a 12-digit personal ID; the issue code and path
// carry markup, as a careless validator might.
const validator: Pick<PayloadValidator, "validate" | "schemaId"> = {
  schemaId: SCHEMA_ID,
  validate(value) {
    const id = (value as { personalId?: unknown } | null)?.personalId;
    if (typeof id === "string" && /^\d{12}$/.test(id)) return { ok: true, value, issues: [] };
    return {
      ok: false,
      issues: [
        { path: "/personalId", code: "<b>bad_id</b>", message: "x", severity: "error" },
        { path: `/${EVIL}`, code: "odd", message: "x", severity: "warning" },
      ],
    };
  },
};

const people = [
  { fullName: "Lý Thị Hạnh", personalId: "001185004321", dateOfBirth: "1985-06-01" },
  { fullName: "Lý Thị Hạnh", personalId: "001185004321", dateOfBirth: "1985-06-01" },
  { fullName: "Tạ  Văn Khoa", personalId: "0123", dateOfBirth: "1970-10-10", [EVIL]: EVIL },
  {
    fullName: "Mạc Thị Hoà".normalize("NFD"),
    personalId: "022301009876",
    residence: { province: { code: "30", level: "province", asOf: "2019-01-01" } },
  },
];
const VALUES = [
  "Lý Thị Hạnh",
  "001185004321",
  "1985-06-01",
  "Tạ  Văn Khoa",
  "Văn Khoa",
  "1970-10-10",
  "Mạc Thị Hoà",
  "Mạc Thị Hoà".normalize("NFD"),
  "022301009876",
];

const report = await assessQuality(
  people.map((data, i) => ({
    schema: SCHEMA_ID,
    updatedAt: ["2026-05-20", "2025-01-01", "2020-03-03", "2026-05-31"][i],
    data,
  })),
  { validator, document, now: "2026-06-01T00:00:00+07:00" },
);
const vi = renderQualityReport(report);
const en = renderQualityReport(report, { locale: "en" });

function count(html: string, text: string): number {
  return html.split(text).length - 1;
}

describe("renderQualityReport", () => {
  it("is one self-contained page: no script, no external resource", () => {
    for (const html of [vi, en]) {
      expect(html.startsWith("<!doctype html>")).toBe(true);
      expect(html).toContain('<meta charset="utf-8">');
      expect(html).toContain("<style>");
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<(link|img|iframe|object|embed|script)\b/i);
      expect(html).not.toMatch(/<[a-z][^>]*\s(src|srcset|on[a-z]+)=/i);
      expect(html).not.toMatch(/@import|url\(|href="(?!#)/i);
      for (const tag of ["section", "table", "svg", "tr", "dl", "div"]) {
        expect(count(html, `<${tag}`), tag).toBe(count(html, `</${tag}>`));
      }
    }
  });

  it("draws the charts inline: five gauges, a bar per field, the age histogram", () => {
    expect(count(vi, 'class="gauge"')).toBe(5);
    expect(count(vi, 'class="bar"')).toBe(report.sufficient.fields.length);
    expect(count(vi, 'class="histogram"')).toBe(1);
    expect(count(vi, 'role="img"')).toBe(5 + report.sufficient.fields.length + 1);
  });

  it("speaks Vietnamese by default, with a one-sentence explanation of each score", () => {
    expect(vi).toContain('<html lang="vi">');
    expect(vi).toContain("<h1>Báo cáo chất lượng dữ liệu</h1>");
    for (const key of ["correct", "sufficient", "clean", "live"] as const) {
      expect(vi).toContain(`<h2>${qualityLabels[key].vi} — `);
    }
    expect(vi).toContain(qualityLabels.correctExplain.vi);
    expect(vi).toContain(qualityLabels.cleanExplain.vi);
    expect(vi).toContain("Tỷ lệ bản ghi được cập nhật trong vòng 365 ngày");
    expect(vi).toContain("01/06/2026 00:00 (UTC+7)");
    expect(vi).not.toContain("Data quality report");
  });

  it("speaks English with locale en", () => {
    expect(en).toContain('<html lang="en">');
    expect(en).toContain("<h1>Data quality report</h1>");
    expect(en).toContain(qualityLabels.sufficientExplain.en);
    expect(en).toContain("2026-06-01 00:00 (UTC+7)");
    expect(en).not.toContain("Báo cáo chất lượng");
  });

  it("formats numbers for the locale: 12.345 and 98,5 % in Vietnamese, 12,345 and 98.5% in English", () => {
    const big: QualityReport = {
      ...report,
      records: { ...report.records, total: 12345 },
      correct: { ...report.correct, valid: { count: 12160, share: 0.985 } },
    };
    const bigVi = renderQualityReport(big);
    const bigEn = renderQualityReport(big, { locale: "en" });
    expect(bigVi).toContain("<dd>12.345</dd>");
    expect(bigVi).toContain("12.160");
    expect(bigVi).toContain("98,5\u00a0%");
    expect(bigEn).toContain("<dd>12,345</dd>");
    expect(bigEn).toContain("98.5%");
    expect(renderQualityReport(report)).toContain("75\u00a0%"); // 3 of 4 valid
  });

  it("escapes every string: field names, labels, issue codes, paths", () => {
    for (const html of [vi, en]) {
      expect(html).not.toContain(EVIL);
      expect(html).not.toContain("<img");
      expect(html).not.toContain("<b>bad_id</b>");
      expect(html).toContain("&lt;b&gt;bad_id&lt;/b&gt;");
      expect(html).toContain("/&lt;script&gt;alert(1)&lt;~1script&gt;"); // ~1: JSON Pointer for "/"
      expect(html).toContain("&lt;img src=x onerror=&quot;alert(&#39;t&#39;)&quot;&gt;");
    }
    expect(report.sufficient.fields.map((f) => f.pointer)).toContain("/<script>alert(1)<~1script>");
  });

  it("shows no value of any record", () => {
    for (const html of [vi, en, JSON.stringify(report)]) {
      for (const value of VALUES) expect(html).not.toContain(value);
    }
  });

  it("shows what the report found", () => {
    expect(report.clean.exactDuplicates.duplicates).toBe(1);
    expect(report.clean.nonCanonicalText.reasons).toEqual({ nfd: 1, whitespace: 1, toneMarks: 0 });
    expect(report.clean.administrativeCodes.codes[0]).toMatchObject({
      code: "30",
      status: "retired",
    });
    // The retired code of Hải Dương and its successor, Hải Phòng (public names).
    expect(vi).toContain("Tỉnh Hải Dương");
    expect(vi).toContain(`<code class="nowrap">31</code> Thành phố Hải Phòng`);
    expect(en).toContain("(whole)");
    expect(vi).toContain("<code>&lt;b&gt;bad_id&lt;/b&gt;</code>");
    expect(report.live.histogram.map((b) => b.count)).toEqual([1, 1, 0, 0, 0, 1, 0, 1]);
  });

  it("renders a report without records", async () => {
    const empty = await assessQuality([], { validator, document, now: "2026-06-01" });
    const html = renderQualityReport(empty, { locale: "en" });
    expect(html).toContain("There are no records.");
    expect(html).toContain("not measured");
    expect(count(html, 'class="gauge"')).toBe(5);
  });
});

describe("qualityLabels", () => {
  it("has both languages for every key, Vietnamese in canonical form", () => {
    for (const [key, text] of Object.entries(qualityLabels)) {
      expect(text.vi.length, key).toBeGreaterThan(0);
      expect(text.en.length, key).toBeGreaterThan(0);
      expect(normalizeVietnamese(text.vi), key).toBe(text.vi);
    }
  });
});
