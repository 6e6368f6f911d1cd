// The offline message's words in each language, as named imports: the service worker's bundle
// takes these strings alone, not every message of the site (messages/*.json).
import type { OfflineWords } from './offline-page';
import type { Language } from './plan';
import {
	language_name as en_language_name,
	offline_page_site as en_offline_page_site,
	offline_page_title as en_offline_page_title,
	offline_page_heading as en_offline_page_heading,
	offline_page_body as en_offline_page_body,
	offline_page_stored as en_offline_page_stored,
	offline_page_this_page as en_offline_page_this_page,
	offline_page_home as en_offline_page_home,
	offline_page_tour as en_offline_page_tour,
	offline_page_nothing as en_offline_page_nothing
} from '../../../messages/en.json';
import {
	language_name as ru_language_name,
	offline_page_site as ru_offline_page_site,
	offline_page_title as ru_offline_page_title,
	offline_page_heading as ru_offline_page_heading,
	offline_page_body as ru_offline_page_body,
	offline_page_stored as ru_offline_page_stored,
	offline_page_this_page as ru_offline_page_this_page,
	offline_page_home as ru_offline_page_home,
	offline_page_tour as ru_offline_page_tour,
	offline_page_nothing as ru_offline_page_nothing
} from '../../../messages/ru.json';
import {
	language_name as ja_language_name,
	offline_page_site as ja_offline_page_site,
	offline_page_title as ja_offline_page_title,
	offline_page_heading as ja_offline_page_heading,
	offline_page_body as ja_offline_page_body,
	offline_page_stored as ja_offline_page_stored,
	offline_page_this_page as ja_offline_page_this_page,
	offline_page_home as ja_offline_page_home,
	offline_page_tour as ja_offline_page_tour,
	offline_page_nothing as ja_offline_page_nothing
} from '../../../messages/ja.json';

export const OFFLINE_WORDS: Record<Language, OfflineWords> = {
	en: {
		language_name: en_language_name,
		offline_page_site: en_offline_page_site,
		offline_page_title: en_offline_page_title,
		offline_page_heading: en_offline_page_heading,
		offline_page_body: en_offline_page_body,
		offline_page_stored: en_offline_page_stored,
		offline_page_this_page: en_offline_page_this_page,
		offline_page_home: en_offline_page_home,
		offline_page_tour: en_offline_page_tour,
		offline_page_nothing: en_offline_page_nothing
	},
	ru: {
		language_name: ru_language_name,
		offline_page_site: ru_offline_page_site,
		offline_page_title: ru_offline_page_title,
		offline_page_heading: ru_offline_page_heading,
		offline_page_body: ru_offline_page_body,
		offline_page_stored: ru_offline_page_stored,
		offline_page_this_page: ru_offline_page_this_page,
		offline_page_home: ru_offline_page_home,
		offline_page_tour: ru_offline_page_tour,
		offline_page_nothing: ru_offline_page_nothing
	},
	ja: {
		language_name: ja_language_name,
		offline_page_site: ja_offline_page_site,
		offline_page_title: ja_offline_page_title,
		offline_page_heading: ja_offline_page_heading,
		offline_page_body: ja_offline_page_body,
		offline_page_stored: ja_offline_page_stored,
		offline_page_this_page: ja_offline_page_this_page,
		offline_page_home: ja_offline_page_home,
		offline_page_tour: ja_offline_page_tour,
		offline_page_nothing: ja_offline_page_nothing
	}
};
