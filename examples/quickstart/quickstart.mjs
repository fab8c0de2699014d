// A five-minute tour of ndcvn: the national data standard, validation with Vietnamese and English
// messages, the Sharing API through the typed client (against the sandbox, synthetic data), and
// record linkage. Run it with `pnpm start` in this folder after `pnpm install && pnpm build` at the
// repository root. Every person here is synthetic.
import { createClient, isNdcApiError } from "@ndcvn/client";
import { link, presets } from "@ndcvn/linkage";
import { startSandbox } from "@ndcvn/sandbox";
import { catalog, listSchemas } from "@ndcvn/schemas";
import { personalId, validate } from "@ndcvn/validators";

// 1. The standard: every national database and the schema documents of its records.
console.log(
  `1. ${catalog.databases.length} national databases, ${listSchemas().length} schema documents.`,
);

// 2. An identifier says what it encodes, or what is wrong with it.
const id = personalId.parse("001099012345");
if (id.ok) {
  const { birthRegistrationProvince, sex, birthYear } = id.details;
  console.log(`2. Personal ID: ${birthRegistrationProvince.name}, ${sex}, born ${birthYear}.`);
}

// 3. A payload checked against its schema document: every issue with a JSON Pointer and a code.
const citizen = {
  birthName: { fullName: "Nguyễn Văn An" },
  personalId: "001099012345",
  dateOfBirth: "1998",
  sex: "male",
  nationality: ["VN"],
};
const checked = validate("https://schemas.ndcvn.org/population/Citizen/1.0.0", citizen, {
  locale: "en",
});
for (const issue of checked.ok ? [] : checked.issues) {
  console.log(`3. ${issue.path} ${issue.code}: ${issue.message}`);
}

// 4. The Sharing API: a token, the purpose of the request, only the fields needed.
const sandbox = await startSandbox({ seed: 7, people: 200 });
try {
  const { clientId, clientSecret, agency } = sandbox.credentials;
  const client = createClient(
    { baseUrl: sandbox.url, clientId, clientSecret },
    { agency, purpose: sandbox.samples.purpose },
  );
  const someone = sandbox.samples.personalIds[0];
  const person = await client.people.get(someone, { fields: ["name", "dateOfBirth"] });
  const verdict = await client.people.verify(someone, { dateOfBirth: person.dateOfBirth?.value });
  console.log(
    `4. Read a name and a date of birth; verifying the date: ${verdict.results.dateOfBirth}.`,
  );
  await client.people
    .get(sandbox.samples.unknownPersonalId, { fields: ["name"] })
    .catch((error) => {
      console.log(
        `4. Unknown person: ${isNdcApiError(error) ? `${error.status} ${error.code}` : error}.`,
      );
    });
} finally {
  await sandbox.close();
}

// 5. Linkage: the same people written differently in two databases.
const population = [
  { id: "pop-1", fullName: "Nguyễn Văn An", dateOfBirth: "1990-03-15", sex: "male" },
  { id: "pop-2", fullName: "Trần Thị Hoà", dateOfBirth: "1985-11-02", sex: "female" },
];
const insurance = [
  { id: "ins-1", fullName: "NGUYEN VAN AN", dateOfBirth: "1990-03-15", sex: "male" },
  { id: "ins-2", fullName: "Trần Thị Hòa", dateOfBirth: "1985-02-11", sex: "female" },
];
const result = await link(insurance, population, presets.vietnamesePerson);
for (const found of result.links) {
  console.log(`5. ${found.left} ↔ ${found.right} by pass "${found.pass}".`);
}
