/** The steps after the check, loaded lazily as one chunk (App.tsx). */
export { ChooseStep } from './ChooseStep';
export { ActStep } from './ActStep';
export { TrackStep } from './TrackStep';
