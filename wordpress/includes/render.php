<?php
/**
 * The blocks, the kit's script module, and the server-side rendering of every element.
 *
 * A post saves only block comments and their attributes (the FAQ also its inner Details
 * blocks); the elements are written here, escaped, on each view. So an Author without
 * unfiltered_html can use every block: there is nothing in the post for kses to strip.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Registers the kit's module, the editor script and the three blocks. */
function clinic_widgets_register() {
	// The kit, as a script module: <script type="module" src="…/clinic-widgets.js?ver=VERSION">.
	wp_register_script_module(
		'clinic-widgets',
		plugins_url( 'assets/clinic-widgets.js', CLINIC_WIDGETS_FILE ),
		array(),
		CLINIC_WIDGETS_VERSION
	);
	// Keeps each element's space until the module has loaded (dist/clinic-widgets.css).
	wp_register_style( 'clinic-widgets', plugins_url( 'assets/clinic-widgets.css', CLINIC_WIDGETS_FILE ), array(), CLINIC_WIDGETS_VERSION );
	wp_register_script(
		'clinic-widgets-editor',
		plugins_url( 'editor.js', CLINIC_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-data', 'wp-i18n' ),
		CLINIC_WIDGETS_VERSION,
		true
	);
	foreach ( array( 'quiz', 'faq', 'booking' ) as $block ) {
		register_block_type(
			dirname( CLINIC_WIDGETS_FILE ) . '/blocks/' . $block,
			array( 'render_callback' => 'clinic_widgets_render_' . $block )
		);
	}
	add_shortcode( 'clinic_quiz', 'clinic_widgets_shortcode_quiz' );
	add_shortcode( 'clinic_faq', 'clinic_widgets_shortcode_faq' );
	add_shortcode( 'clinic_booking', 'clinic_widgets_shortcode_booking' );
	add_shortcode( 'clinic_widgets_held', 'clinic_widgets_shortcode_held' );
}

/**
 * In the editor (its iframe too), the real elements for the live previews: a one-line classic
 * script that imports the kit's module. Not on the front end, where only used blocks load it.
 */
function clinic_widgets_editor_elements() {
	if ( ! is_admin() ) {
		return;
	}
	$src = add_query_arg( 'ver', CLINIC_WIDGETS_VERSION, plugins_url( 'assets/clinic-widgets.js', CLINIC_WIDGETS_FILE ) );
	wp_register_script( 'clinic-widgets-elements', false, array(), CLINIC_WIDGETS_VERSION, true );
	// The clinic's defaults first, as on the page, so each preview shows what visitors will see.
	$defaults = clinic_widgets_defaults();
	$script   = $defaults ? 'var s=document.createElement("script");s.type="application/json";s.dataset.clinicWidgets="";s.textContent=' . wp_json_encode( wp_json_encode( $defaults ), JSON_HEX_TAG | JSON_HEX_AMP ) . ';document.head.append(s);' : '';
	wp_add_inline_script( 'clinic-widgets-elements', $script . 'import(' . wp_json_encode( esc_url_raw( $src ) ) . ');' );
	wp_enqueue_script( 'clinic-widgets-elements' );
}

/**
 * The stylesheet in the head of a post or page whose content has a block or shortcode, before
 * it renders (a classic theme renders the content after the head: clinic_widgets_use() alone
 * would put the stylesheet at the end of the page, too late to keep the space).
 */
function clinic_widgets_style_early() {
	$post = is_singular() ? get_queried_object() : null;
	$text = $post instanceof WP_Post ? $post->post_content : '';
	if ( false !== strpos( $text, '<!-- wp:clinic-widgets/' ) || false !== strpos( $text, '[clinic_' ) ) {
		wp_enqueue_style( 'clinic-widgets' );
	}
}

/**
 * Called by every block and shortcode as it renders: enqueues the kit's module and its stylesheet
 * (each printed once), and returns the clinic's defaults the first time on the page, '' after.
 *
 * @return string A `<script type="application/json" data-clinic-widgets>` the first time, else ''.
 */
function clinic_widgets_use() {
	static $printed = false;
	wp_enqueue_script_module( 'clinic-widgets' );
	wp_enqueue_style( 'clinic-widgets' );
	if ( $printed ) {
		return '';
	}
	$printed  = true;
	$defaults = clinic_widgets_defaults();
	if ( ! $defaults ) {
		return '';
	}
	// JSON_HEX_TAG and JSON_HEX_AMP: no `<`, `>` or `&` in the script, so no `</script>` can end it.
	$json = wp_json_encode( $defaults, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE );
	return '<script type="application/json" data-clinic-widgets>' . $json . '</script>';
}

/**
 * One element, its attributes escaped, after the clinic's defaults if they are not printed yet.
 * The quiz and the booking button get plain links inside for visitors without the script
 * (includes/fallback.php).
 *
 * @param string $tag     therapy-coaching-quiz, faq-accordion or booking-cta.
 * @param array  $values  Block attribute name => value.
 * @param string $inner   The element's children (the FAQ's questions), already rendered.
 * @param string $wrapper Extra attributes (the block's class), already escaped.
 * @return string
 */
function clinic_widgets_element( $tag, array $values, $inner = '', $wrapper = '' ) {
	$defaults = clinic_widgets_use();
	$wrapper  = '' === $wrapper ? '' : ' ' . $wrapper;
	$inner    = '' === $inner ? clinic_widgets_fallback( $tag, $values ) : $inner;
	return $defaults . '<' . $tag . $wrapper . clinic_widgets_attributes( $tag, $values ) . '>' . $inner . '</' . $tag . '>';
}

/**
 * The quiz block.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function clinic_widgets_render_quiz( $attributes ) {
	return clinic_widgets_element( 'therapy-coaching-quiz', $attributes, '', get_block_wrapper_attributes() );
}

/**
 * The FAQ block: its inner Details blocks are its questions.
 *
 * @param array  $attributes The block's attributes.
 * @param string $content    The rendered inner blocks.
 * @return string
 */
function clinic_widgets_render_faq( $attributes, $content ) {
	return clinic_widgets_element( 'faq-accordion', $attributes, $content, get_block_wrapper_attributes() );
}

/**
 * The booking button block.
 *
 * @param array $attributes The block's attributes.
 * @return string
 */
function clinic_widgets_render_booking( $attributes ) {
	return clinic_widgets_element( 'booking-cta', $attributes, '', get_block_wrapper_attributes() );
}
