import { expose } from 'comlink';
import { whatIfApi } from './whatIfApi';

expose(whatIfApi);
