/**
 * The licence holder's own names: 好美信息技术（北京）有限公司 trades as 好美 / Haomei (site iyyhd.com).
 * A feature text that says "付到好美的收款账户" means our own account, exactly as "付到我们账户" does.
 * Data, so it is in the ruleset revision; add a brand here when the company adopts one.
 */
export const COMPANY_NAMES_ZH: string[] = ['好美信息技术(?:（北京）|\\(北京\\))?(?:有限公司)?', '好美'];
export const COMPANY_NAMES_EN: string[] = ['Haomei', 'iyyhd(?:\\.com)?'];
