/**
 * The three blocks in the editor: sidebar settings, and a live preview drawn by the real
 * element (the kit is imported into the editor by the plugin). Plain JavaScript on WordPress's
 * `wp.*` globals, with no build step: see CONTRIBUTING.md, "WordPress plugin".
 *
 * Nothing but attributes is saved (the FAQ also saves its inner Details blocks); the page's
 * HTML is written by PHP on each view.
 */
( function ( wp ) {
	const { registerBlockType, getBlockContent } = wp.blocks;
	const { createElement: el, Fragment, useState } = wp.element;
	const { InspectorControls, BlockControls, useBlockProps, useInnerBlocksProps, InnerBlocks } = wp.blockEditor;
	const { PanelBody, TextControl, SelectControl, ToggleControl, ToolbarGroup, ToolbarButton } = wp.components;
	const { useSelect } = wp.data;
	const { __ } = wp.i18n;

	const LANGUAGES = [
		{ label: __( 'The page’s (or the clinic’s)', 'clinic-widgets' ), value: '' },
		{ label: 'English', value: 'en' },
		{ label: 'Français', value: 'fr' },
	];
	const INHERIT = __( 'Empty: the clinic’s, from Settings › Clinic widgets.', 'clinic-widgets' );

	/**
	 * Each block's settings: [attribute, element attribute, label, control, help or options].
	 * Controls: text, url, toggle, select.
	 */
	const FIELDS = {
		'clinic-widgets/quiz': [
			[ 'bookingUrl', 'booking-url', __( 'Booking page', 'clinic-widgets' ), 'url', INHERIT ],
			[ 'therapyUrl', 'therapy-url', __( 'Therapy booking page', 'clinic-widgets' ), 'url', INHERIT ],
			[ 'coachingUrl', 'coaching-url', __( 'Coaching booking page', 'clinic-widgets' ), 'url', INHERIT ],
			[ 'phone', 'phone', __( 'Phone', 'clinic-widgets' ), 'text', INHERIT ],
			[ 'heading', 'heading', __( 'Heading', 'clinic-widgets' ), 'text' ],
			[ 'lang', 'lang', __( 'Language', 'clinic-widgets' ), 'select', LANGUAGES ],
			[ 'quizId', 'id', __( 'Quiz id', 'clinic-widgets' ), 'text', __( 'A name such as quiz, for a booking button that follows this quiz.', 'clinic-widgets' ) ],
		],
		'clinic-widgets/faq': [
			[ 'search', 'search', __( 'Search box', 'clinic-widgets' ), 'toggle' ],
			[ 'single', 'single', __( 'One answer open at a time', 'clinic-widgets' ), 'toggle' ],
			[ 'schema', 'schema', __( 'FAQ rich results (schema.org)', 'clinic-widgets' ), 'toggle' ],
			[ 'noExpandAll', 'no-expand-all', __( 'Hide “Expand all”', 'clinic-widgets' ), 'toggle' ],
			[ 'headingLevel', 'heading-level', __( 'Question heading level', 'clinic-widgets' ), 'select', [ 2, 3, 4, 5, 6 ].map( ( n ) => ( { label: `H${ n }`, value: n } ) ) ],
			[ 'lang', 'lang', __( 'Language', 'clinic-widgets' ), 'select', LANGUAGES ],
		],
		'clinic-widgets/booking': [
			[ 'href', 'href', __( 'Booking page', 'clinic-widgets' ), 'url', INHERIT ],
			[ 'label', 'label', __( 'Button text', 'clinic-widgets' ), 'text', __( 'Empty: “Book a free consultation”.', 'clinic-widgets' ) ],
			[ 'variant', 'variant', __( 'Style', 'clinic-widgets' ), 'select', [
				{ label: __( 'Button', 'clinic-widgets' ), value: 'button' },
				{ label: __( 'Banner', 'clinic-widgets' ), value: 'banner' },
				{ label: __( 'Floating pill', 'clinic-widgets' ), value: 'floating' },
			] ],
			[ 'phone', 'phone', __( 'Phone', 'clinic-widgets' ), 'text', INHERIT ],
			[ 'email', 'email', __( 'Email', 'clinic-widgets' ), 'text', INHERIT ],
			[ 'online', 'online', __( 'Say “Online sessions available”', 'clinic-widgets' ), 'toggle' ],
			[ 'for', 'for', __( 'Follow the quiz with id', 'clinic-widgets' ), 'text', __( 'Books what that quiz recommended.', 'clinic-widgets' ) ],
			[ 'mode', 'mode', __( 'Opens', 'clinic-widgets' ), 'select', [
				{ label: __( 'The booking page', 'clinic-widgets' ), value: 'link' },
				{ label: __( 'A dialog on this page', 'clinic-widgets' ), value: 'dialog' },
			] ],
			[ 'target', 'target', __( 'Link opens in', 'clinic-widgets' ), 'select', [
				{ label: __( 'A new tab', 'clinic-widgets' ), value: '_blank' },
				{ label: __( 'The same tab', 'clinic-widgets' ), value: '_self' },
			] ],
			[ 'position', 'position', __( 'Floating pill corner', 'clinic-widgets' ), 'select', [
				{ label: __( 'Bottom right', 'clinic-widgets' ), value: 'bottom-right' },
				{ label: __( 'Bottom left', 'clinic-widgets' ), value: 'bottom-left' },
			] ],
			[ 'service', 'service', __( 'Service (for analytics)', 'clinic-widgets' ), 'text' ],
		],
	};

	const TAGS = {
		'clinic-widgets/quiz': 'therapy-coaching-quiz',
		'clinic-widgets/faq': 'faq-accordion',
		'clinic-widgets/booking': 'booking-cta',
	};

	/** The sidebar: one control a setting. */
	function Settings( { name, attributes, setAttributes } ) {
		const controls = FIELDS[ name ].map( ( [ key, , label, control, extra ] ) => {
			const set = ( value ) => setAttributes( { [ key ]: key === 'headingLevel' ? Number( value ) : value } );
			const common = { key, label, __nextHasNoMarginBottom: true };
			if ( control === 'toggle' ) return el( ToggleControl, { ...common, checked: !! attributes[ key ], onChange: set } );
			if ( control === 'select' ) return el( SelectControl, { ...common, value: attributes[ key ], options: extra, onChange: set } );
			return el( TextControl, { ...common, type: control === 'url' ? 'url' : 'text', value: attributes[ key ], help: extra, onChange: set } );
		} );
		return el( InspectorControls, null, el( PanelBody, { title: __( 'Settings', 'clinic-widgets' ) }, controls ) );
	}

	/** The element's attributes for the preview, as the server writes them (empty ones left out). */
	function elementAttributes( name, attributes ) {
		const result = {};
		for ( const [ key, attribute ] of FIELDS[ name ] ) {
			const value = attributes[ key ];
			if ( value === true ) result[ attribute ] = '';
			else if ( value !== false && value !== '' && value !== undefined && attribute !== 'id' ) result[ attribute ] = String( value );
		}
		return result;
	}

	/** The real element, drawn again from scratch when a setting changes. */
	function Preview( { name, attributes, children } ) {
		const props = elementAttributes( name, attributes );
		// A floating pill would float over the editor: preview it in place, as a button.
		if ( props.variant === 'floating' ) props.variant = 'button';
		return el( TAGS[ name ], { key: JSON.stringify( props ), ...props }, children );
	}

	/** The FAQ's questions as the element's JSON list: each Details block's summary and text. */
	function questionsOf( blocks ) {
		const text = ( html ) => new DOMParser().parseFromString( html, 'text/html' ).body.textContent.trim();
		return blocks
			.filter( ( block ) => block.name === 'core/details' )
			.map( ( block ) => ( {
				question: text( block.attributes.summary || '' ),
				answer: block.innerBlocks.map( ( inner ) => text( getBlockContent( inner ) ) ).join( '\n\n' ),
			} ) )
			.filter( ( item ) => item.question );
	}

	registerBlockType( 'clinic-widgets/quiz', {
		edit: ( props ) =>
			el( Fragment, null, el( Settings, props ), el( 'div', useBlockProps(), el( Preview, props ) ) ),
		save: () => null,
	} );

	registerBlockType( 'clinic-widgets/booking', {
		edit: ( props ) =>
			el( Fragment, null, el( Settings, props ), el( 'div', useBlockProps(), el( Preview, props ) ) ),
		save: () => null,
	} );

	registerBlockType( 'clinic-widgets/faq', {
		edit: function Edit( props ) {
			const [ preview, setPreview ] = useState( false );
			const blocks = useSelect( ( select ) => select( 'core/block-editor' ).getBlocks( props.clientId ), [ props.clientId ] );
			const blockProps = useBlockProps();
			const inner = useInnerBlocksProps(
				{ hidden: preview || undefined },
				{
					allowedBlocks: [ 'core/details' ],
					template: [ [ 'core/details', { summary: __( 'How long is a session?', 'clinic-widgets' ) }, [ [ 'core/paragraph', { content: __( 'Fifty minutes.', 'clinic-widgets' ) } ] ] ] ],
				}
			);
			const json = JSON.stringify( questionsOf( blocks ) ).replace( /</g, '\\u003c' );
			return el(
				Fragment,
				null,
				el( Settings, props ),
				el(
					BlockControls,
					null,
					el(
						ToolbarGroup,
						null,
						el( ToolbarButton, { isPressed: preview, onClick: () => setPreview( ! preview ) }, preview ? __( 'Edit questions', 'clinic-widgets' ) : __( 'Preview', 'clinic-widgets' ) )
					)
				),
				el(
					'div',
					blockProps,
					el( 'div', inner ),
					preview &&
						el( Preview, { ...props, key: json }, el( 'script', { type: 'application/json', dangerouslySetInnerHTML: { __html: json } } ) )
				)
			);
		},
		save: () => el( InnerBlocks.Content ),
	} );
} )( window.wp );
