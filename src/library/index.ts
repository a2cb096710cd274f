export { LibraryView } from './LibraryView';
