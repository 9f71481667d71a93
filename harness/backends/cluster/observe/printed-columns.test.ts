import { describe, expect, it } from 'vitest';
import { printedColumns } from './printed-columns.js';

describe('printedColumns', () => {
  const columns = ['Name', 'Ready', 'Status', 'Restarts', 'Age'].map((name) => ({ name }));
  it('takes READY, STATUS and the count of RESTARTS from the API server\'s row', () => {
    expect(printedColumns(columns, ['p1', '1/2', 'ImagePullBackOff', '1 (3s ago)', '8s'])).toEqual({ ready: '1/2', status: 'ImagePullBackOff', restarts: 1 });
    expect(printedColumns(columns, ['p1', '0/1', 'Pending', 0, '1s'])).toEqual({ ready: '0/1', status: 'Pending', restarts: 0 });
    expect(printedColumns([], ['p1'])).toBeUndefined();
  });
});
