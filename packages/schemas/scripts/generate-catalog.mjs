// The catalog of national databases: databases.json (hand-written: names, managing body, legal
// basis) joined with the record-type documents found under schemas/<database>/. Also the
// `national-databases` code list, so that no database code is written twice.

/**
 * @param {any[]} databases the contents of databases.json
 * @param {{ database: string, name: string, version: string, document: any }[]} documents
 */
export function buildCatalog(databases, documents) {
  const known = new Set(databases.map((database) => database.code));
  for (const entry of documents) {
    if (entry.database !== "common" && !known.has(entry.database)) {
      throw new Error(`${entry.file}: database "${entry.database}" is not in databases.json`);
    }
  }
  return {
    databases: databases.map((database) => ({
      ...database,
      recordTypes: documents
        .filter((entry) => entry.database === database.code)
        .map((entry) => ({
          name: entry.name,
          id: entry.document.$id,
          version: entry.version,
          title: entry.document.title,
          labelVi: entry.document["x-ndc-label-vi"],
        })),
    })),
  };
}

/** @param {any[]} databases */
export function nationalDatabasesCodeList(databases) {
  return {
    name: "national-databases",
    title: { vi: "Cơ sở dữ liệu quốc gia, chuyên ngành", en: "National and sectoral databases" },
    description:
      "Codes of the national and sectoral databases of this standard. The codes are the project's own (they are the path segments of the Sharing API); the databases are those of Decree 47/2024/NĐ-CP and the domains of the human data warehouse of Resolution 175/NQ-CP. Generated from databases.json.",
    source: "Decree 47/2024/NĐ-CP; Resolution 175/NQ-CP (2023)",
    official: false,
    confidence: "M",
    entries: databases.map((database) => ({ code: database.code, label: database.name })),
  };
}
