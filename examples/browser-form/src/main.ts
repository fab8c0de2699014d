import { type IdentifierValidator, personalId, phoneNumber, taxCode } from "@ndcvn/validators";
import { fieldFeedback } from "./field-feedback.js";

// The form's fields, by the `data-identifier` of their wrapper.
const validators: Record<string, IdentifierValidator<unknown>> = {
  personalId,
  taxCode,
  phoneNumber,
};

const form = document.querySelector<HTMLFormElement>("#citizen-form");
const status = document.querySelector<HTMLElement>("#form-status");

function showFeedback(field: HTMLElement): boolean {
  const validator = validators[field.dataset.identifier ?? ""];
  const input = field.querySelector("input");
  const message = field.querySelector(".message");
  if (!validator || !input || !message) return false;
  const feedback = fieldFeedback(validator, input.value);
  field.dataset.state = feedback.state;
  message.textContent = feedback.message;
  input.setAttribute("aria-invalid", String(feedback.state === "error"));
  return feedback.state === "valid" || feedback.state === "warning";
}

for (const field of document.querySelectorAll<HTMLElement>(".field[data-identifier]")) {
  field.querySelector("input")?.addEventListener("input", () => showFeedback(field));
}

form?.addEventListener("submit", (event) => {
  event.preventDefault();
  const fields = [...document.querySelectorAll<HTMLElement>(".field[data-identifier]")];
  const allValid = fields.map(showFeedback).every(Boolean);
  if (status) {
    status.textContent = allValid
      ? "Thông tin hợp lệ, sẵn sàng gửi."
      : "Vui lòng sửa các trường được đánh dấu trước khi gửi.";
  }
});
