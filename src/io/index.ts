// src/io: the pure parts of files, links and the designs library (no DOM, no store): they run in
// the browser, the worker and the CLI alike.
export { decodeDesignBytes, importDesignBytes, importDesignText, importDesignValue, importProblems, referencesSummary, type DesignImport, type DesignImportError } from './importer';
export { IMPORT_LIMITS, MAX_PRICE_LIST_BYTES, SHARE_LINK_MAX_CHARS, countProblem, tooManyMessage, tooLargeMessage, megabytes, type CountedThing } from './limits';
export { designFileText, designFileName, DESIGN_FILE_EXTENSION, DESIGN_FILE_TYPE } from './designFile';
export { encodeShareLink, decodeShareFragment, isShareFragment, type ShareLink } from './shareLink';
// Price lists (priceList.ts) are imported on their own, lazily: they bring papaparse.
export type { PriceRow, PriceListImport } from './priceList';
export { summarizeDesign, summarizeRaw, copyName, uniqueName, byModified, matchesSearch, entryFromRecord, LibraryDocumentSchema, MISSING_DOCUMENT, type LibraryEntry, type DesignSource, type DesignSummary } from './libraryRecords';
export { APP_NAME, APP_VERSION } from './appVersion';
