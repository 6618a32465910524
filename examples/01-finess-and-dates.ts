// Checks calendar dates the way palier reads them: real days only, ends of periods included.
import { isCalendarDate, periodContains } from 'palier';

console.log('2020-02-29 is a date:', isCalendarDate('2020-02-29'));
console.log('2019-02-29 is a date:', isCalendarDate('2019-02-29'));
console.log('31 Dec 2019 in 2019:', periodContains({ start: '2019-01-01', end: '2019-12-31' }, '2019-12-31'));
