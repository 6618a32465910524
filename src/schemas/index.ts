/**
 * `palier/schemas`: zod schemas for untrusted input, `parse…` functions that return every issue with its path,
 * a stable code and a French and English message, and JSON Schema export for other languages.
 *
 * @module schemas
 */
export {
  evidenceLinkSchema,
  itemTrackingSchema,
  type ParsePlanTrackingOptions,
  parsePlanTracking,
  planTrackingJsonSchema,
  planTrackingSchema,
} from './action-plan.js';
export {
  ActivitySchema,
  actorJsonSchemas,
  DepartmentCodeSchema,
  EstablishmentSchema,
  EstablishmentTraitSchema,
  FinessSchema,
  GhtSchema,
  LegalEntitySchema,
  LegalStatusSchema,
  parseEstablishment,
  parseEstablishments,
  parseGht,
  parseLegalEntity,
  parseSite,
  SiteSchema,
} from './actors.js';
export {
  DeclarationSchema,
  DeclaredValueSchema,
  declarationJsonSchema,
  type IndexedDeclaration,
  type ParseDeclarationOptions,
  type ParseDeclarationsOptions,
  type ParsedDeclarations,
  parseDeclaration,
  parseDeclarations,
} from './declaration.js';
export {
  CandidateSchema,
  type CandidatesFile,
  type CandidatesFileInput,
  CandidatesFileSchema,
  ForfaitGridCellSchema,
  ForfaitGridSchema,
  FundingApplicationSchema,
  FundingProvenanceSchema,
  fundingJsonSchemas,
  MoneyStringSchema,
  parseApplication,
  parseApplications,
  parseCandidatesFile,
  parseForfaitGrid,
} from './funding.js';
export { type JsonSchema, type JsonSchemaOptions, toJsonSchema } from './json-schema.js';
export { type IndexedValue, parseWith } from './parse.js';
export {
  IndicatorSchema,
  ProgrammeChangesSchema,
  ProgrammeSchema,
  ProvenanceSchema,
  parseProgramme,
  parseProgrammeChanges,
  programmeChangesJsonSchema,
  programmeJsonSchema,
  ThresholdSchema,
} from './programme.js';
