<?php
/**
 * What the plugin writes inside the quiz and each booking button: plain links a visitor can use
 * until the script has loaded, and if it never does (blocked, an old browser, a cache plugin that
 * mangles modules). The same content as the plain-HTML snippet (docs/snippets/plain-html.html):
 * the quiz gets a sentence with the booking link, the crisis line 9-8-8 and 911; the booking
 * button gets its link. Once the script runs, the elements draw themselves in their shadow root
 * and this content is not shown. The FAQ needs nothing: its Details are inside it already.
 *
 * The words are the kit's own (src/*\/*.strings.ts), in the element's language: its `lang`, else
 * the clinic's (Settings), else the site's, as the kit chooses it.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The fallback's words, in English or French. `%s` is a link.
 *
 * @param string $lang en or fr.
 * @return array<string, string>
 */
function clinic_widgets_fallback_strings( $lang ) {
	$strings = array(
		'en' => array(
			'book'      => 'Book a consultation',
			'quizBook'  => 'Not sure whether therapy or coaching is right for you? %s and we will help you decide.',
			'quizLink'  => 'Book a consultation',
			'quizPhone' => 'Not sure whether therapy or coaching is right for you? Call us at %s and we will help you decide.',
			'crisis'    => 'If you are in crisis, call or text %s, any time.',
			'emergency' => 'In an emergency, call %s.',
			'lineCall'  => '%1$s: call %2$s.',
			'lineText'  => '%1$s: text %2$s.',
			'lineBoth'  => '%1$s: call %2$s or text %3$s.',
			'phone'     => 'Call %s',
			'email'     => 'Email %s',
		),
		'fr' => array(
			'book'      => 'Réserver une consultation',
			'quizBook'  => 'Vous hésitez entre la thérapie et le coaching? %s et nous vous aiderons à choisir.',
			'quizLink'  => 'Réservez une consultation',
			'quizPhone' => 'Vous hésitez entre la thérapie et le coaching? Appelez-nous au %s et nous vous aiderons à choisir.',
			'crisis'    => 'Si vous êtes en crise, appelez ou textez le %s, en tout temps.',
			'emergency' => 'En cas d’urgence, composez le %s.',
			'lineCall'  => "%1\$s\u{a0}: appelez le %2\$s.",
			'lineText'  => "%1\$s\u{a0}: textez le %2\$s.",
			'lineBoth'  => "%1\$s\u{a0}: appelez le %2\$s ou textez le %3\$s.",
			'phone'     => 'Appeler le %s',
			'email'     => 'Écrire à %s',
		),
	);
	return $strings[ 'fr' === $lang ? 'fr' : 'en' ];
}

/**
 * The element's language as the kit picks it: its own `lang` (en or fr; anything else is not
 * written), else the clinic's, else the site's (`<html lang>`). fr, fr-CA… are French; the rest English.
 *
 * @param array $values Block attribute name => value.
 * @return string en or fr.
 */
function clinic_widgets_lang( array $values ) {
	$defaults = clinic_widgets_defaults();
	$own      = isset( $values['lang'] ) ? clinic_widgets_value( $values['lang'], array( 'lang', 'enum', array( 'en', 'fr' ) ) ) : null;
	$clinic   = isset( $defaults['lang'] ) ? $defaults['lang'] : '';
	foreach ( array( $own, $clinic, get_bloginfo( 'language' ) ) as $tag ) {
		if ( is_string( $tag ) && '' !== trim( $tag ) ) {
			$primary = strtolower( strtok( str_replace( '_', '-', trim( $tag ) ), '-' ) );
			return 'fr' === $primary ? 'fr' : 'en';
		}
	}
	return 'en';
}

/**
 * A `tel:` (or `sms:`) link from a phone number as written, as the kit makes it (telUrl in
 * src/shared/url.ts): `(780) 555-0100` → `tel:7805550100`, `+1 …` keeps its plus, an extension is
 * left out, a look-alike letter inside digits is that digit, `1-800-273-TALK` is dialled on the keypad.
 *
 * @param string $phone  A phone number as written.
 * @param string $scheme tel or sms.
 * @return string The link (not escaped), or '' when there is no number to dial.
 */
function clinic_widgets_tel( $phone, $scheme = 'tel' ) {
	$number = clinic_widgets_digit_typos( (string) $phone );
	$number = preg_replace( '/(^|[^a-z])(ext(ension)?\.?|poste|x|#)\s*\d+\s*$/i', '$1', $number );
	$keep   = function ( $s ) {
		$s = preg_replace( '/[^\d+]/', '', $s );
		return substr( $s, 0, 1 ) . str_replace( '+', '', substr( $s, 1 ) );
	};
	$digits = $keep( $number );
	if ( strlen( str_replace( '+', '', $digits ) ) < 10 ) {
		$keypad = preg_replace_callback(
			'/([\d-])([a-z]+)/i',
			function ( $m ) {
				return $m[1] . strtr( strtolower( $m[2] ), 'abcdefghijklmnopqrstuvwxyz', '22233344455566677778889999' );
			},
			$number
		);
		$digits = $keep( $keypad );
	}
	return preg_match( '/\d{2,}/', $digits ) ? $scheme . ':' . $digits : '';
}

/**
 * A look-alike letter (O, o, I, l) inside a group of digits is that digit: `555-O142` → `555-0142`.
 *
 * @param string $phone A phone number as written.
 * @return string
 */
function clinic_widgets_digit_typos( $phone ) {
	return preg_replace_callback(
		'/[\dOoIl]+/',
		function ( $m ) {
			return preg_match( '/\d/', $m[0] ) && preg_match( '/\D/', $m[0] ) ? strtr( $m[0], 'OoIl', '0011' ) : $m[0];
		},
		$phone
	);
}

/**
 * `<a href="…">text</a>`, the link through esc_url() with the kit's schemes (sms for texts), the text through esc_html().
 *
 * @param string $href The link.
 * @param string $text The text.
 * @return string
 */
function clinic_widgets_link( $href, $text ) {
	return '<a href="' . esc_url( $href, array_merge( CLINIC_WIDGETS_SCHEMES, array( 'sms' ) ) ) . '">' . esc_html( $text ) . '</a>';
}

/**
 * A value the element gets: its own attribute, checked, else the clinic's setting.
 *
 * @param string $tag    The element.
 * @param array  $values Block attribute name => value.
 * @param string $key    The block attribute.
 * @param string $clinic The clinic's setting (its JSON key), '' for none.
 * @return string A URL is escaped (esc_url) already; text is as written. '' when there is none.
 */
function clinic_widgets_effective( $tag, array $values, $key, $clinic ) {
	$specs = clinic_widgets_specs();
	$spec  = $specs[ $tag ][ $key ];
	$own   = isset( $values[ $key ] ) ? clinic_widgets_value( $values[ $key ], $spec ) : null;
	if ( is_string( $own ) ) {
		return $own;
	}
	$defaults = clinic_widgets_defaults();
	$value    = isset( $defaults[ $clinic ] ) ? clinic_widgets_value( $defaults[ $clinic ], $spec ) : null;
	return is_string( $value ) ? $value : '';
}

/**
 * The content inside an element for visitors without its script: '' for the FAQ (its Details are its content).
 *
 * @param string $tag    therapy-coaching-quiz, faq-accordion or booking-cta.
 * @param array  $values Block attribute name => value.
 * @return string HTML, every value escaped.
 */
function clinic_widgets_fallback( $tag, array $values ) {
	$t = clinic_widgets_fallback_strings( clinic_widgets_lang( $values ) );
	if ( 'booking-cta' === $tag ) {
		$href  = clinic_widgets_effective( $tag, $values, 'href', 'bookingUrl' );
		$label = clinic_widgets_effective( $tag, $values, 'label', '' );
		$phone = clinic_widgets_effective( $tag, $values, 'phone', 'phone' );
		$email = preg_replace( '/^mailto:/i', '', clinic_widgets_effective( $tag, $values, 'email', 'email' ) );
		if ( '' !== $href ) {
			// Already through esc_url(); esc_attr() as for the element's own href.
			return '<a href="' . esc_attr( $href ) . '">' . esc_html( '' !== $label ? $label : $t['book'] ) . '</a>';
		}
		if ( '' !== clinic_widgets_tel( $phone ) ) {
			$phone = clinic_widgets_digit_typos( $phone );
			return clinic_widgets_link( clinic_widgets_tel( $phone ), sprintf( $t['phone'], $phone ) );
		}
		if ( preg_match( '/^\S+@\S+$/', $email ) ) {
			return clinic_widgets_link( 'mailto:' . $email, sprintf( $t['email'], $email ) );
		}
		return '';
	}
	if ( 'therapy-coaching-quiz' !== $tag ) {
		return '';
	}
	$book  = clinic_widgets_effective( $tag, $values, 'bookingUrl', 'bookingUrl' );
	$phone = clinic_widgets_digit_typos( clinic_widgets_effective( $tag, $values, 'phone', 'phone' ) );
	$parts = array();
	if ( '' !== $book ) {
		$parts[] = sprintf( esc_html( $t['quizBook'] ), '<a href="' . esc_attr( $book ) . '">' . esc_html( $t['quizLink'] ) . '</a>' );
	} elseif ( '' !== clinic_widgets_tel( $phone ) ) {
		$parts[] = sprintf( esc_html( $t['quizPhone'] ), clinic_widgets_link( clinic_widgets_tel( $phone ), $phone ) );
	}
	// The quiz's crisis line (9-8-8, which takes texts) and emergency number (911), then the clinic's own lines.
	$parts[]  = sprintf( esc_html( $t['crisis'] ), clinic_widgets_link( 'tel:988', '9-8-8' ) );
	$parts[]  = sprintf( esc_html( $t['emergency'] ), clinic_widgets_link( 'tel:911', '911' ) );
	$defaults = clinic_widgets_defaults();
	foreach ( isset( $defaults['crisisResources'] ) && is_array( $defaults['crisisResources'] ) ? $defaults['crisisResources'] : array() as $line ) {
		$line = array_map( 'trim', array_map( 'strval', array_merge( array( 'name' => '', 'call' => '', 'text' => '', 'hours' => '' ), (array) $line ) ) );
		$call = clinic_widgets_tel( $line['call'] );
		$text = clinic_widgets_tel( $line['text'], 'sms' );
		if ( '' === $line['name'] || ( '' === $call && '' === $text ) ) {
			continue;
		}
		$name = esc_html( '' !== $line['hours'] ? $line['name'] . ' (' . $line['hours'] . ')' : $line['name'] );
		if ( '' !== $call && '' !== $text ) {
			$parts[] = sprintf( esc_html( $t['lineBoth'] ), $name, clinic_widgets_link( $call, $line['call'] ), clinic_widgets_link( $text, $line['text'] ) );
		} elseif ( '' !== $call ) {
			$parts[] = sprintf( esc_html( $t['lineCall'] ), $name, clinic_widgets_link( $call, $line['call'] ) );
		} else {
			$parts[] = sprintf( esc_html( $t['lineText'] ), $name, clinic_widgets_link( $text, $line['text'] ) );
		}
	}
	return '<p>' . implode( ' ', $parts ) . '</p>';
}
