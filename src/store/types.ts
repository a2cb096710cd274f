import type { DesignSlice } from './designSlice';
import type { PersistSlice } from './persistSlice';
import type { SimSlice } from './simSlice';
import type { UiSlice } from './uiSlice';

export type AppState = DesignSlice & UiSlice & SimSlice & PersistSlice;
