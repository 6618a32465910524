/**
 * The funding lever (*levier financement*): regional envelopes and their amorçage and usage pools, forfait grids,
 * applications and eligibility, tranches and payment schedules, controls, regional programming and national
 * figures — exact to the cent.
 *
 * @module funding
 */
export {
  type Applicant,
  applicantFiness,
  type FundingApplication,
  type SoftwareDeclaration,
} from './applications.js';
export {
  type ControlFinding,
  type Recovery,
  type RecoveryLine,
  type RecoveryRule,
  recoveryOnControl,
} from './controls.js';
export { fundingDeadline } from './deadlines.js';
export {
  assessEligibility,
  type CheckStatus,
  type EligibilityCheck,
  type EligibilityContext,
  type EligibilityResult,
} from './eligibility.js';
export {
  type AmorcageCommitment,
  type AmorcageDecision,
  commitAmorcage,
  type EnvelopePools,
  type RegionalEnvelope,
  type RegionalWeight,
  splitNationalEnvelope,
  splitRegionalEnvelope,
} from './envelopes.js';
export {
  type ForfaitAmountRange,
  type ForfaitLookup,
  type ForfaitMatch,
  type ForfaitRange,
  lookupForfait,
  validateForfaitGrid,
} from './forfaits.js';
export {
  aggregateNational,
  type EnvelopeFigures,
  type NationalFigures,
  type ProgrammingFigures,
} from './national.js';
export {
  type BalancePolicy,
  type Candidate,
  type CandidateDomain,
  type ProgrammingPolicy,
  programmeRegion,
  type RegionalProgramming,
  type RegionalProgrammingInput,
  type SelectionDecision,
  type SelectionReason,
  STATUS_GROUPS,
  type StatusGroup,
  statusGroup,
} from './programming.js';
export {
  type Attainment,
  domainAttainment,
  type ForfaitTranches,
  type PaymentLine,
  prerequisitesAttainment,
  proposeAmorcage,
  type ScheduleContext,
  scheduleTranches,
  splitForfait,
  type Tranche,
  type TrancheInput,
  type TrancheSchedule,
  type TrancheStatus,
} from './tranches.js';
