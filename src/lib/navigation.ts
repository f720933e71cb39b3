import { m } from '$lib/paraglide/messages';

export interface NavItem {
	href: string;
	routeId: string;
	label: () => string;
	icon: string;
}

/** SVG path data (24×24, stroked). */
export const NAV_ITEMS: NavItem[] = [
	{ href: '/aujourdhui', routeId: '/(app)/aujourdhui', label: m.nav_today, icon: 'M3 12h4l3-8 4 16 3-8h4' },
	{ href: '/a-valider', routeId: '/(app)/a-valider', label: m.nav_approvals, icon: 'M5 13l4 4L19 7' },
	{ href: '/relances', routeId: '/(app)/relances', label: m.nav_reminders, icon: 'M4 6h16M4 12h16M4 18h10' },
	{
		href: '/debiteurs',
		routeId: '/(app)/debiteurs',
		label: m.nav_debtors,
		icon: 'M16 11a4 4 0 1 0-8 0 4 4 0 0 0 8 0zM4 21a8 8 0 0 1 16 0'
	},
	{ href: '/plus', routeId: '/(app)/plus', label: m.nav_more, icon: 'M5 12h.01M12 12h.01M19 12h.01' }
];
