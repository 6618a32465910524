export * from './ars.js';
export { checkSiteAttachments, type SiteAttachments } from './attachments.js';
export * from './departments.js';
export * from './establishments.js';
export * from './finess.js';
export * from './finess-department.js';
export * from './finess-key.js';
export * from './ght.js';
export * from './ght-network.js';
export {
  REGION_REFORM_DATE,
  REGIONS,
  REGIONS_BEFORE_2016,
  type Region,
  type RegionFound,
  type RegionMap,
  regionByCode,
  regionOf,
  regionOfDepartment,
  regionOfFiness,
  regionsAt,
} from './regions.js';
export * from './types.js';
