<?php
/**
 * Settings › Clinic widgets: the clinic's booking links, phone, email, hours, crisis lines and
 * language, stated once. Pages that use a block or shortcode print them as the kit's clinic
 * defaults; each block's own settings win.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The text fields of the settings page: option key (the kit's JSON key) => label, kind, help.
 *
 * @return array<string, array{0: string, 1: string, 2: string}>
 */
function clinic_widgets_fields() {
	return array(
		'bookingUrl'  => array( __( 'Booking page', 'clinic-widgets' ), 'url', __( 'Your booking page (Jane, SimplePractice, Calendly, your own page…). Every quiz and booking button uses it unless it has its own.', 'clinic-widgets' ) ),
		'therapyUrl'  => array( __( 'Therapy booking page', 'clinic-widgets' ), 'url', __( 'Optional: where the quiz sends people for therapy.', 'clinic-widgets' ) ),
		'coachingUrl' => array( __( 'Coaching booking page', 'clinic-widgets' ), 'url', __( 'Optional: where the quiz sends people for coaching.', 'clinic-widgets' ) ),
		'phone'       => array( __( 'Phone', 'clinic-widgets' ), 'text', __( 'As you write it, e.g. (780) 555-0100.', 'clinic-widgets' ) ),
		'hours'       => array( __( 'Phone hours', 'clinic-widgets' ), 'text', __( 'Shown beside "Call the clinic", e.g. Mon–Fri 9–5.', 'clinic-widgets' ) ),
		'email'       => array( __( 'Email', 'clinic-widgets' ), 'email', '' ),
	);
}

/**
 * The saved defaults, as the kit's JSON keys, without empty values.
 *
 * @return array
 */
function clinic_widgets_defaults() {
	$saved = get_option( 'clinic_widgets_defaults', array() );
	return is_array( $saved ) ? array_filter( $saved ) : array();
}

/** Adds Settings › Clinic widgets, for those who can manage options. */
function clinic_widgets_settings_menu() {
	add_options_page(
		__( 'Clinic widgets', 'clinic-widgets' ),
		__( 'Clinic widgets', 'clinic-widgets' ),
		'manage_options',
		'clinic-widgets',
		'clinic_widgets_settings_page'
	);
}

/** Registers the option with its sanitiser (options.php checks the nonce and the capability). */
function clinic_widgets_settings_register() {
	register_setting(
		'clinic_widgets',
		'clinic_widgets_defaults',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'clinic_widgets_sanitize',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}

/**
 * Cleans the settings form: URLs the kit will follow, plain text, a real email address, a
 * shipped language, crisis lines of four parts.
 *
 * @param mixed $input The submitted form.
 * @return array
 */
function clinic_widgets_sanitize( $input ) {
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$clean = array();
	foreach ( clinic_widgets_fields() as $key => $field ) {
		$value = isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
		if ( 'url' === $field[1] ) {
			$url = clinic_widgets_url( $value );
			if ( '' === $url && '' !== $value && function_exists( 'add_settings_error' ) ) {
				add_settings_error( 'clinic_widgets_defaults', $key, __( 'A booking page must start with https://, http://, tel:, mailto: or /. It was not saved.', 'clinic-widgets' ) );
			}
			// Stored as typed (decoded); escaped again wherever it is printed.
			$value = '' === $url ? '' : html_entity_decode( $url, ENT_QUOTES, 'UTF-8' );
		} elseif ( 'email' === $field[1] ) {
			$value = is_email( $value ) ? sanitize_email( $value ) : '';
		} else {
			$value = sanitize_text_field( $value );
		}
		if ( '' !== $value ) {
			$clean[ $key ] = $value;
		}
	}
	$lang = isset( $input['lang'] ) ? (string) $input['lang'] : '';
	if ( in_array( $lang, array( 'en', 'fr' ), true ) ) {
		$clean['lang'] = $lang;
	}
	$resources = array();
	$given     = isset( $input['crisisResources'] ) ? $input['crisisResources'] : '';
	if ( is_array( $given ) ) {
		// Already a list: WordPress cleans a new option twice (update_option, then add_option), so
		// the first save of the form comes back here with the lines it made. One line each again.
		$given = implode( "\n", array_map( 'clinic_widgets_crisis_line', $given ) );
	}
	$lines = is_string( $given ) ? explode( "\n", $given ) : array();
	foreach ( $lines as $line ) {
		$parts = array_map( 'sanitize_text_field', array_pad( explode( '|', $line, 4 ), 4, '' ) );
		if ( '' !== $parts[0] && ( '' !== $parts[1] || '' !== $parts[2] ) ) {
			$resources[] = array_combine( array( 'name', 'call', 'text', 'hours' ), $parts );
		}
	}
	if ( $resources ) {
		$clean['crisisResources'] = $resources;
	}
	return $clean;
}

/**
 * A saved crisis line as the settings form writes it: name | call | text | hours.
 *
 * @param mixed $resource array( name, call, text, hours ).
 * @return string
 */
function clinic_widgets_crisis_line( $resource ) {
	$parts = array();
	foreach ( array( 'name', 'call', 'text', 'hours' ) as $key ) {
		$parts[] = is_array( $resource ) && isset( $resource[ $key ] ) && is_scalar( $resource[ $key ] ) ? (string) $resource[ $key ] : '';
	}
	return implode( ' | ', $parts );
}

/** The settings page. */
function clinic_widgets_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage these settings.', 'clinic-widgets' ) );
	}
	$saved     = clinic_widgets_defaults();
	$lang      = isset( $saved['lang'] ) ? $saved['lang'] : '';
	$resources = '';
	foreach ( isset( $saved['crisisResources'] ) ? (array) $saved['crisisResources'] : array() as $resource ) {
		$resources .= clinic_widgets_crisis_line( $resource ) . "\n";
	}
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'Clinic widgets', 'clinic-widgets' ); ?></h1>
		<p><?php esc_html_e( 'Your clinic’s details, once. Every quiz, FAQ and booking button on your site uses them, unless the block sets its own.', 'clinic-widgets' ); ?></p>
		<?php settings_errors( 'clinic_widgets_defaults' ); ?>
		<form method="post" action="options.php">
			<?php settings_fields( 'clinic_widgets' ); ?>
			<table class="form-table" role="presentation">
				<?php foreach ( clinic_widgets_fields() as $key => $field ) : ?>
					<tr>
						<th scope="row"><label for="clinic-widgets-<?php echo esc_attr( $key ); ?>"><?php echo esc_html( $field[0] ); ?></label></th>
						<td>
							<input class="regular-text" type="<?php echo 'email' === $field[1] ? 'email' : 'text'; ?>"
								id="clinic-widgets-<?php echo esc_attr( $key ); ?>"
								name="clinic_widgets_defaults[<?php echo esc_attr( $key ); ?>]"
								value="<?php echo esc_attr( isset( $saved[ $key ] ) ? $saved[ $key ] : '' ); ?>"
								<?php echo $field[2] ? 'aria-describedby="clinic-widgets-' . esc_attr( $key ) . '-help"' : ''; ?>>
							<?php if ( $field[2] ) : ?>
								<p class="description" id="clinic-widgets-<?php echo esc_attr( $key ); ?>-help"><?php echo esc_html( $field[2] ); ?></p>
							<?php endif; ?>
						</td>
					</tr>
				<?php endforeach; ?>
				<tr>
					<th scope="row"><label for="clinic-widgets-lang"><?php esc_html_e( 'Language', 'clinic-widgets' ); ?></label></th>
					<td>
						<select id="clinic-widgets-lang" name="clinic_widgets_defaults[lang]">
							<option value="" <?php selected( $lang, '' ); ?>><?php esc_html_e( 'The page’s language', 'clinic-widgets' ); ?></option>
							<option value="en" <?php selected( $lang, 'en' ); ?>>English</option>
							<option value="fr" <?php selected( $lang, 'fr' ); ?>>Français</option>
						</select>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="clinic-widgets-crisis"><?php esc_html_e( 'Crisis lines', 'clinic-widgets' ); ?></label></th>
					<td>
						<textarea class="large-text" rows="3" id="clinic-widgets-crisis" name="clinic_widgets_defaults[crisisResources]" aria-describedby="clinic-widgets-crisis-help"><?php echo esc_textarea( $resources ); ?></textarea>
						<p class="description" id="clinic-widgets-crisis-help"><?php esc_html_e( 'Optional, one a line: name | number to call | number to text | hours. Empty: the quiz shows 9-8-8 and 911.', 'clinic-widgets' ); ?></p>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>
	</div>
	<?php
}
