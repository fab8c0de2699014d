// What `ndc sandbox` prints once it listens: where, with which credentials, and how to call it —
// with curl and with @ndcvn/client. The credentials are the sandbox's own, made from the seed:
// printing them is the point.
import type { Sandbox, SandboxFaultRates } from "@ndcvn/sandbox";
import { formatNumber } from "../../framework/format-number.js";
import { type Locale, say } from "../../framework/locale.js";
import { renderTable } from "../../framework/table.js";
import { describeFaultRates } from "./fault-rates.js";
import { sandboxMessages as m } from "./sandbox-messages.js";

/** Single quotes for a POSIX shell. */
function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** The banner of a running sandbox. */
export function renderSandboxBanner(
  sandbox: Sandbox,
  settings: {
    readonly people: number;
    readonly seed: number;
    readonly faults: SandboxFaultRates;
    readonly tokenTtlSeconds: number;
  },
  locale: Locale,
): string {
  const { url, credentials, samples } = sandbox;
  const purpose = samples.purpose;
  const person = samples.personalIds[0] ?? "";
  const faults = describeFaultRates(settings.faults);
  let text = renderTable({
    title: say(m.title, locale, {
      people: formatNumber(settings.people, locale),
      seed: settings.seed,
    }),
    rows: [
      [say(m.url, locale), url],
      [say(m.clientId, locale), credentials.clientId],
      [say(m.clientSecret, locale), credentials.clientSecret],
      [say(m.agency, locale), credentials.agency],
      [say(m.purpose, locale), purpose],
      [say(m.samplePerson, locale), person],
      [say(m.faults, locale), faults === "" ? say(m.none, locale) : faults],
      [
        say(m.tokenTtl, locale),
        say(m.seconds, locale, { count: formatNumber(settings.tokenTtlSeconds, locale) }),
      ],
    ],
  });
  const basic = shellQuote(`${credentials.clientId}:${credentials.clientSecret}`);
  const headers = [
    `-H "Authorization: Bearer $TOKEN"`,
    `-H ${shellQuote(`X-NDC-Client: ${credentials.agency}`)}`,
    `-H ${shellQuote(`X-NDC-Purpose: ${purpose}`)}`,
  ].join(" ");
  text += [
    "",
    say(m.curlTitle, locale),
    `  TOKEN=$(curl -s -u ${basic} -d grant_type=client_credentials ${url}/oauth/token \\`,
    `    | node -pe 'JSON.parse(require("fs").readFileSync(0, "utf8")).access_token')`,
    `  curl ${headers} \\`,
    `    ${shellQuote(`${url}/people/${person}?fields=name,dateOfBirth`)}`,
    `  curl ${headers} ${shellQuote(`${url}/databases/insurance/records?limit=5`)}`,
    "",
    say(m.clientTitle, locale),
    `  import { createClient } from "@ndcvn/client";`,
    `  const client = createClient(`,
    `    { baseUrl: ${JSON.stringify(url)}, clientId: ${JSON.stringify(credentials.clientId)}, clientSecret: ${JSON.stringify(credentials.clientSecret)} },`,
    `    { agency: ${JSON.stringify(credentials.agency)}, purpose: ${JSON.stringify(purpose)} },`,
    "  );",
    `  console.log(await client.people.get(${JSON.stringify(person)}, { fields: ["name", "dateOfBirth"] }));`,
    "",
    say(m.running, locale),
    "",
  ].join("\n");
  return text;
}
