// The page tour (tests/helpers/tour.ts) of the Chinese edition.
import { tour } from '../helpers/tour.ts';

tour('zh-TW');
