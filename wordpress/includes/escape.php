<?php
/**
 * The elements' attributes, and how each value is checked and escaped on its way to the page.
 *
 * Every block attribute and shortcode attribute goes through clinic_widgets_attributes(): a value
 * of the wrong kind is dropped (the element then uses its default, or the clinic's), text is
 * escaped with esc_attr(), links with esc_url() and the kit's schemes.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The link schemes the kit follows (relative URLs too); anything else is dropped. */
const CLINIC_WIDGETS_SCHEMES = array( 'http', 'https', 'tel', 'mailto' );

/**
 * Each element's attributes: block attribute name => array( element attribute, kind[, choices] ).
 * Kinds: text, url, bool, int (with a range), enum (with its choices).
 *
 * @return array<string, array<string, array>>
 */
function clinic_widgets_specs() {
	$lang = array( 'lang', 'enum', array( 'en', 'fr' ) );
	return array(
		'therapy-coaching-quiz' => array(
			'quizId'      => array( 'id', 'id' ),
			'bookingUrl'  => array( 'booking-url', 'url' ),
			'therapyUrl'  => array( 'therapy-url', 'url' ),
			'coachingUrl' => array( 'coaching-url', 'url' ),
			'phone'       => array( 'phone', 'text' ),
			'heading'     => array( 'heading', 'text' ),
			'lang'        => $lang,
		),
		'faq-accordion'         => array(
			'headingLevel' => array( 'heading-level', 'int', array( 2, 6 ) ),
			'single'       => array( 'single', 'bool' ),
			'search'       => array( 'search', 'bool' ),
			'schema'       => array( 'schema', 'bool' ),
			'noExpandAll'  => array( 'no-expand-all', 'bool' ),
			'lang'         => $lang,
		),
		'booking-cta'           => array(
			'href'     => array( 'href', 'url' ),
			'label'    => array( 'label', 'text' ),
			'phone'    => array( 'phone', 'text' ),
			'email'    => array( 'email', 'text' ),
			'online'   => array( 'online', 'bool' ),
			'variant'  => array( 'variant', 'enum', array( 'button', 'banner', 'floating' ) ),
			'position' => array( 'position', 'enum', array( 'bottom-right', 'bottom-left' ) ),
			'target'   => array( 'target', 'enum', array( '_blank', '_self' ) ),
			'mode'     => array( 'mode', 'enum', array( 'link', 'dialog' ) ),
			'for'      => array( 'for', 'id' ),
			'service'  => array( 'service', 'text' ),
			'lang'     => $lang,
		),
	);
}

/**
 * A link the kit will follow, escaped for an attribute: http, https, tel, mailto or relative.
 * Anything else (javascript:, data:…) gives ''. Unlike esc_url() alone, a relative path such as
 * `book.html` stays relative (esc_url() would make it `http://book.html`).
 *
 * @param mixed $url A URL as a webmaster typed it.
 * @return string The escaped URL, or '' when there is none or it is unsafe.
 */
function clinic_widgets_url( $url ) {
	$url = is_string( $url ) ? trim( $url ) : '';
	if ( '' === $url ) {
		return '';
	}
	if ( ! preg_match( '/^[a-z][a-z0-9+.\-]*:/i', $url ) && ! preg_match( '#^[/?\#.]#', $url ) ) {
		// A relative path: escape it behind a slash, so esc_url() adds no scheme, then remove the slash.
		return substr( esc_url( '/' . $url, CLINIC_WIDGETS_SCHEMES ), 1 );
	}
	return esc_url( $url, CLINIC_WIDGETS_SCHEMES );
}

/**
 * One attribute value checked against its kind; null drops the attribute.
 *
 * @param mixed $value The value from a block's attributes or a shortcode.
 * @param array $spec  array( attribute, kind[, choices] ).
 * @return string|true|null The value (a URL already through esc_url()), true for a present boolean, null for none.
 */
function clinic_widgets_value( $value, array $spec ) {
	$kind = $spec[1];
	if ( 'bool' === $kind ) {
		return ( true === $value || in_array( $value, array( '1', 'true', 'yes', '' ), true ) ) ? true : null;
	}
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return null;
	}
	switch ( $kind ) {
		case 'url':
			$url = clinic_widgets_url( $value );
			return '' === $url ? null : $url;
		case 'int':
			$number = filter_var( $value, FILTER_VALIDATE_INT );
			return ( false !== $number && $number >= $spec[2][0] && $number <= $spec[2][1] ) ? (string) $number : null;
		case 'enum':
			return in_array( $value, $spec[2], true ) ? $value : null;
		case 'id':
			// An HTML id: no spaces.
			return preg_match( '/^[A-Za-z][\w\-:.]*$/', $value ) ? $value : null;
		default:
			return $value;
	}
}

/**
 * The attributes of one element, escaped, as ` name="value"` pairs.
 *
 * @param string $tag    The element: therapy-coaching-quiz, faq-accordion or booking-cta.
 * @param array  $values Block attribute name => value (booleans may be false; empties are skipped).
 * @return string
 */
function clinic_widgets_attributes( $tag, array $values ) {
	$specs = clinic_widgets_specs();
	$html  = '';
	foreach ( $specs[ $tag ] as $key => $spec ) {
		if ( ! array_key_exists( $key, $values ) || false === $values[ $key ] || null === $values[ $key ] ) {
			continue;
		}
		$value = clinic_widgets_value( $values[ $key ], $spec );
		if ( true === $value ) {
			$html .= ' ' . $spec[0];
		} elseif ( null !== $value ) {
			$html .= ' ' . $spec[0] . '="' . esc_attr( $value ) . '"';
		}
	}
	return $html;
}
