// `pnpm start`: the service against the sandbox, on port 3000, for trying it by hand.
import { startSandbox } from "@ndcvn/sandbox";
import { startAgencyService } from "./agency-service.mjs";

const sandbox = await startSandbox({ seed: 1, people: 1000 });
const service = await startAgencyService({
  ndc: { baseUrl: sandbox.url, ...sandbox.credentials },
  purpose: sandbox.samples.purpose,
  port: Number(process.env.PORT ?? 3000),
});
console.log(`Agency service on ${service.url} (NDC sandbox on ${sandbox.url}).`);
console.log(
  `Try: curl -s -X POST ${service.url}/applications -H 'content-type: application/json' \\`,
);
console.log(
  `  -d '{"applicant":{"personalId":"0010990","fullName":"Nguyễn Văn An","dateOfBirth":"1999-01-01","sex":"male"}}'`,
);
const stop = async () => {
  await service.close();
  await sandbox.close();
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
