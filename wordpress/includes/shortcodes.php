<?php
/**
 * Shortcodes for the Classic editor: [clinic_quiz], [clinic_faq] and [clinic_booking], with the
 * elements' own attribute names (`booking-url`, or `booking_url`).
 *
 * wpautop runs before shortcodes and would cut an FAQ's <details> apart and put <br> into JSON.
 * So on the_content, before wpautop, each of these shortcodes is rendered and held back behind a
 * placeholder shortcode, which wpautop leaves alone and which then prints the held HTML.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Shortcode attributes to block attribute names: `booking-url` and `booking_url` → bookingUrl.
 *
 * @param string $tag  The element.
 * @param mixed  $atts The shortcode's attributes ('' when it has none).
 * @return array
 */
function clinic_widgets_shortcode_values( $tag, $atts ) {
	$specs  = clinic_widgets_specs();
	$values = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word, as in [clinic_faq search]: a boolean attribute.
			$name  = (string) $value;
			$value = true;
		}
		$name = str_replace( '_', '-', strtolower( $name ) );
		foreach ( $specs[ $tag ] as $key => $spec ) {
			$quiz_id = 'quizId' === $key && 'id' === $name;
			if ( $spec[0] === $name || $quiz_id ) {
				$values[ $key ] = ( 'bool' === $spec[1] && is_string( $value ) && in_array( strtolower( $value ), array( '0', 'false', 'no' ), true ) ) ? false : $value;
			}
		}
	}
	return $values;
}

/**
 * [clinic_quiz booking-url="…"].
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function clinic_widgets_shortcode_quiz( $atts ) {
	return clinic_widgets_element( 'therapy-coaching-quiz', clinic_widgets_shortcode_values( 'therapy-coaching-quiz', $atts ) );
}

/**
 * [clinic_faq search]<details><summary>Question</summary>Answer</details>[/clinic_faq].
 *
 * @param mixed  $atts    Shortcode attributes.
 * @param string $content The questions.
 * @return string
 */
function clinic_widgets_shortcode_faq( $atts, $content = '' ) {
	return clinic_widgets_element( 'faq-accordion', clinic_widgets_shortcode_values( 'faq-accordion', $atts ), do_shortcode( (string) $content ) );
}

/**
 * [clinic_booking variant="banner"].
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function clinic_widgets_shortcode_booking( $atts ) {
	return clinic_widgets_element( 'booking-cta', clinic_widgets_shortcode_values( 'booking-cta', $atts ) );
}

/**
 * The HTML of shortcodes rendered before wpautop, by number.
 *
 * @param string|null $html HTML to hold; null to read.
 * @return array|int All held HTML when reading, else the new entry's number.
 */
function clinic_widgets_held( $html = null ) {
	static $held = array();
	if ( null === $html ) {
		return $held;
	}
	$held[] = $html;
	return count( $held ) - 1;
}

/**
 * On the_content before wpautop: renders this plugin's shortcodes and holds their HTML back.
 *
 * @param string $content The post's content.
 * @return string
 */
function clinic_widgets_hold_shortcodes( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '[clinic_' ) ) {
		return $content;
	}
	$pattern = get_shortcode_regex( array( 'clinic_quiz', 'clinic_faq', 'clinic_booking' ) );
	return preg_replace_callback(
		"/$pattern/",
		function ( $match ) {
			if ( '[' === $match[1] && ']' === $match[6] ) {
				return $match[0]; // [[clinic_quiz]] is the shortcode written out, left for do_shortcode.
			}
			$placeholder = '[clinic_widgets_held n="' . clinic_widgets_held( do_shortcode_tag( $match ) ) . '"]';
			// The quiz and the FAQ are blocks: a paragraph of their own, which shortcode_unautop
			// then removes (inside a <p>, a <details> would close the paragraph and the FAQ with it).
			return 'clinic_booking' === $match[2] ? $placeholder : "\n\n$placeholder\n\n";
		},
		$content
	);
}

/**
 * [clinic_widgets_held n="0"]: prints held HTML (the placeholder is the plugin's own).
 *
 * @param mixed $atts Shortcode attributes.
 * @return string
 */
function clinic_widgets_shortcode_held( $atts ) {
	$held = clinic_widgets_held();
	$n    = is_array( $atts ) && isset( $atts['n'] ) ? (int) $atts['n'] : -1;
	return isset( $held[ $n ] ) ? $held[ $n ] : '';
}
