import { personalId, phoneNumber, taxCode } from "@ndcvn/validators";
import { describe, expect, it } from "vitest";
import { fieldFeedback } from "../src/field-feedback.js";

describe("fieldFeedback", () => {
  it.each([
    ["an empty field says nothing", personalId, "  ", { state: "empty", message: "" }],
    [
      "a personal ID of the wrong length",
      personalId,
      "0010990",
      { state: "error", message: "Giá trị phải có 12 ký tự, nhận được 7." },
    ],
    [
      "a tax code with a wrong check digit",
      taxCode,
      "0100233480",
      { state: "error", message: "Chữ số kiểm tra của mã số thuế không đúng." },
    ],
    ["a valid tax code", taxCode, "0100233488", { state: "valid", message: "Hợp lệ: 0100233488" }],
    [
      "an 11-digit mobile number renumbered in 2018",
      phoneNumber,
      "01662345678",
      {
        state: "warning",
        message:
          "Hợp lệ: 0362 345 678. Số thuê bao di động 11 số đã được chuyển sang 10 số từ năm 2018; đã dùng số mới.",
      },
    ],
  ] as const)("%s", (_name, validator, input, want) => {
    expect(fieldFeedback(validator, input)).toEqual(want);
  });

  it("speaks English when asked", () => {
    expect(fieldFeedback(personalId, "12", "en")).toEqual({
      state: "error",
      message: "The value must have 12 characters, found 2.",
    });
  });
});
