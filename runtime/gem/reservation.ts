// The reservation object embedded in every GEM object (obj->_resv).

import { DmaResv } from '../dma-fence.ts';

export type Reservation = DmaResv;

export function createReservation(): Reservation {
  return new DmaResv();
}
